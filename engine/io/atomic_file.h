#pragma once
// Writes output files so that nothing is ever lost: readers see either the old file or the
// complete new one, and a failed write leaves the old file untouched.
//
// - A symbolic link is written through to its final target, and stays a link; a dangling link
//   creates its target (as shell redirection does).
// - Devices and FIFOs (-o /dev/null, -o /dev/stdout) are written directly and stay what they
//   are. Folders and sockets are refused.
// - Read-only files and files with several hard links are refused and left untouched:
//   replacing them would silently override the protection or break the links.
// - Otherwise the content goes to a temporary file in the target's folder (unnamed, O_TMPFILE,
//   where the filesystem allows), which gets the old file's mode and owner (a new file gets
//   0666 & ~umask), is synced to disk, then renamed over the target; the folder is synced too.
//   Interrupts (SIGINT, SIGTERM, SIGHUP, SIGQUIT) are held back while the temporary file has a
//   name, so they cannot leave it behind.
// Every error names the target path (never a temporary file) and leaves nothing behind.

#include <string>
#include <string_view>

namespace tagscope {

// Replaces (or creates) path with content. Throws Error naming path on any failure, e.g.
// "out.csv: cannot write (No space left on device); the existing file was left untouched".
void writeFileAtomically(const std::string& path, std::string_view content);

// True if a and b both exist and are the same file (same device and inode, symbolic links
// followed). Used to refuse an output that is one of the inputs.
bool sameFile(const std::string& a, const std::string& b);

// Installs handlers for SIGINT, SIGTERM and SIGHUP that delete the named temporary files of
// writes in progress, then end the process by the same signal, as its default action would.
// Signals whose action is no longer the default (ignored, or handled by the program) are left
// alone. Call once at program start. Only named temporary files need this: they are used where
// the filesystem lacks O_TMPFILE, and by the older writer form.
void removeTemporaryFilesOnSignals();

namespace detail {
// For tests: makes the content form use the named temporary file it falls back to where the
// filesystem lacks O_TMPFILE.
void preferNamedTemporaryFiles(bool prefer);
// For tests: called with the target path once the new content is complete and synced in its
// temporary file, just before it replaces the target (a crash test stops the process there).
// nullptr: none (the default).
void setBeforeReplaceHook(void (*hook)(const std::string& path));
}  // namespace detail

}  // namespace tagscope
