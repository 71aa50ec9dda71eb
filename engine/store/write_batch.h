#pragma once
// The journal of a tag write (engine/tagwrite): for every file written, the previous values of
// every field touched and the values written, so that the write can be undone exactly. Kept in
// the result store (schema version 3) or in a JSON file (engine/tagwrite/write_journal.h).

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct JournaledField {
    std::string field;                  // "GENRE", "MOOD", "TAGSCOPE"
    std::vector<std::string> previous;  // empty: the field was absent
    std::vector<std::string> written;
    bool operator==(const JournaledField&) const = default;
};

struct JournaledFile {
    std::string path;  // absolute and canonical
    std::vector<JournaledField> fields;
    bool operator==(const JournaledFile&) const = default;
};

struct WriteBatch {
    std::int64_t id = 0;         // given by the journal, counting up from 1
    std::int64_t writtenAt = 0;  // seconds since 1970 (UTC), given by the journal
    std::string mode;            // "add" or "replace"
    std::vector<JournaledFile> files;
};

}  // namespace tagscope
