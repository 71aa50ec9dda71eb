#include "engine/tagwrite/tag_file_fields.h"

#include <taglib/aifffile.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2framefactory.h>
#include <taglib/mp4atom.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tbytevectorstream.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "engine/error.h"
#include "engine/tagwrite/id3v2_fields.h"
#include "engine/tagwrite/mp4_fields.h"
#include "engine/tagwrite/taglib_text.h"
#include "engine/tagwrite/xiph_fields.h"

namespace tagscope {
namespace {

using namespace tagwrite_detail;

// The file parsed from a stream, checked to be what its extension says (TagLib's audio
// properties are read: a file whose audio TagLib cannot find is refused, never tagged).
std::unique_ptr<TagLib::File> openTagFile(TagFormat format, TagLib::IOStream& stream,
                                          const std::string& path) {
    constexpr auto style = TagLib::AudioProperties::Fast;
    std::unique_ptr<TagLib::File> file;
    switch (format) {
        case TagFormat::Mp3:
            file = std::make_unique<TagLib::MPEG::File>(
                &stream, TagLib::ID3v2::FrameFactory::instance(), true, style);
            break;
        case TagFormat::Flac:
            file = std::make_unique<TagLib::FLAC::File>(
                &stream, TagLib::ID3v2::FrameFactory::instance(), true, style);
            break;
        case TagFormat::OggVorbis:
            file = std::make_unique<TagLib::Ogg::Vorbis::File>(&stream, true, style);
            break;
        case TagFormat::OggOpus:
            file = std::make_unique<TagLib::Ogg::Opus::File>(&stream, true, style);
            break;
        case TagFormat::Mp4:
            file = std::make_unique<TagLib::MP4::File>(&stream, true, style);
            break;
        case TagFormat::Wav:
            file = std::make_unique<TagLib::RIFF::WAV::File>(&stream, true, style);
            break;
        case TagFormat::Aiff:
            file = std::make_unique<TagLib::RIFF::AIFF::File>(&stream, true, style);
            break;
    }
    if (!file->isValid() || !file->audioProperties())
        fail(path, "not a valid " + std::string(tagFormatName(format)) +
                       " file (TagLib cannot read it); tags not written");
    return file;
}

FieldMap readFields(TagFormat format, TagLib::File& file) {
    switch (format) {
        case TagFormat::Mp3: {
            auto& f = static_cast<TagLib::MPEG::File&>(file);
            return readId3v2Fields(f.hasID3v2Tag() ? f.ID3v2Tag() : nullptr);
        }
        case TagFormat::Wav: {
            auto& f = static_cast<TagLib::RIFF::WAV::File&>(file);
            return readId3v2Fields(f.hasID3v2Tag() ? f.ID3v2Tag() : nullptr);
        }
        case TagFormat::Aiff: {
            auto& f = static_cast<TagLib::RIFF::AIFF::File&>(file);
            return readId3v2Fields(f.hasID3v2Tag() ? f.tag() : nullptr);
        }
        case TagFormat::Flac: {
            auto& f = static_cast<TagLib::FLAC::File&>(file);
            return readXiphFields(f.hasXiphComment() ? f.xiphComment() : nullptr);
        }
        case TagFormat::OggVorbis:
            return readXiphFields(static_cast<TagLib::Ogg::Vorbis::File&>(file).tag());
        case TagFormat::OggOpus:
            return readXiphFields(static_cast<TagLib::Ogg::Opus::File&>(file).tag());
        case TagFormat::Mp4:
            return readMp4Fields(static_cast<TagLib::MP4::File&>(file).tag());
    }
    return {};
}

// Sets the fields and saves into the stream: only the tag that holds them is written, and
// no other tag of the file is stripped or created (no ID3v1, no duplicates).
bool saveFields(TagFormat format, TagLib::File& file, const FieldMap& fields) {
    switch (format) {
        case TagFormat::Mp3: {
            auto& f = static_cast<TagLib::MPEG::File&>(file);
            setId3v2Fields(*f.ID3v2Tag(true), fields);
            return f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripNone, TagLib::ID3v2::v4,
                          TagLib::File::DoNotDuplicate);
        }
        case TagFormat::Wav: {
            auto& f = static_cast<TagLib::RIFF::WAV::File&>(file);
            setId3v2Fields(*f.ID3v2Tag(), fields);
            return f.save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripNone,
                          TagLib::ID3v2::v4);
        }
        case TagFormat::Aiff: {
            auto& f = static_cast<TagLib::RIFF::AIFF::File&>(file);
            setId3v2Fields(*f.tag(), fields);
            return f.save(TagLib::ID3v2::v4);
        }
        case TagFormat::Flac: {
            auto& f = static_cast<TagLib::FLAC::File&>(file);
            setXiphFields(*f.xiphComment(true), fields);
            return f.save();
        }
        case TagFormat::OggVorbis: {
            auto& f = static_cast<TagLib::Ogg::Vorbis::File&>(file);
            setXiphFields(*f.tag(), fields);
            return f.save();
        }
        case TagFormat::OggOpus: {
            auto& f = static_cast<TagLib::Ogg::Opus::File&>(file);
            setXiphFields(*f.tag(), fields);
            return f.save();
        }
        case TagFormat::Mp4: {
            auto& f = static_cast<TagLib::MP4::File&>(file);
            setMp4Fields(*f.tag(), fields);
            return f.save();
        }
    }
    return false;
}

// QuickTime-style metadata (a "keys" atom, as iPhones and ffmpeg's use_metadata_tags write
// it) is invisible to TagLib, which would add iTunes atoms beside it that players prefer:
// the file's visible fields would change. Such files are refused.
void refuseQuickTimeKeys(TagFormat format, TagLib::File& file, const std::string& path) {
    if (format != TagFormat::Mp4) return;
    TagLib::MP4::Atoms atoms(&file);
    if (atoms.find("moov", "meta", "keys") || atoms.find("moov", "udta", "meta", "keys"))
        fail(path,
             "has QuickTime metadata (a keys atom), which TagLib cannot edit without "
             "hiding it; tags not written");
}

// Everything TagLib sees in the file's tags except the fields Tagscope writes: a rewrite must
// leave it exactly as it was.
using OtherFields = std::map<std::string, std::vector<std::string>>;
void addOtherFields(const TagLib::PropertyMap& properties, const std::string& prefix,
                    OtherFields& others) {
    static const std::vector<std::string> ours = {"GENRE", "MOOD", "TAGSCOPE",
                                                  "----:org.tagscope:tags"};
    auto isOurs = [](const std::string& key) {
        return std::find(ours.begin(), ours.end(), key) != ours.end();
    };
    for (const auto& [key, values] : properties)
        if (!isOurs(fromTagLib(key))) others[prefix + fromTagLib(key)] = fromTagLib(values);
    for (const TagLib::String& unsupported : properties.unsupportedData())
        if (!isOurs(fromTagLib(unsupported)))
            others[prefix + "unsupported"].push_back(fromTagLib(unsupported));
}

OtherFields otherFields(TagFormat format, TagLib::File& file) {
    OtherFields others;
    if (format == TagFormat::Wav) {  // two tags: TagLib's properties() shows only one
        auto& f = static_cast<TagLib::RIFF::WAV::File&>(file);
        addOtherFields(f.ID3v2Tag()->properties(), "ID3:", others);
        addOtherFields(f.InfoTag()->properties(), "INFO:", others);
    } else {
        addOtherFields(file.properties(), "", others);
    }
    return others;
}

TagLib::ByteVector byteVectorOf(std::string_view bytes, const std::string& path) {
    if (bytes.size() >= kMaxTaggedFileBytes)
        fail(path, "is too large to rewrite its tags (at most 2 GiB); tags not written");
    return TagLib::ByteVector(bytes.data(), static_cast<unsigned int>(bytes.size()));
}

}  // namespace

FieldMap readTagFields(TagFormat format, std::string_view bytes, const std::string& path) {
    TagLib::ByteVectorStream stream(byteVectorOf(bytes, path));
    const std::unique_ptr<TagLib::File> file = openTagFile(format, stream, path);
    return readFields(format, *file);
}

std::string rewriteTagFields(TagFormat format, std::string_view bytes, const FieldMap& fields,
                             const std::string& path) {
    TagLib::ByteVectorStream stream(byteVectorOf(bytes, path));
    OtherFields othersBefore;
    {
        const std::unique_ptr<TagLib::File> file = openTagFile(format, stream, path);
        refuseQuickTimeKeys(format, *file, path);
        othersBefore = otherFields(format, *file);
        if (!saveFields(format, *file, fields))
            fail(path, "TagLib could not write its tags; the file was left untouched");
    }
    const TagLib::ByteVector& written = *stream.data();
    std::string result(written.data(), written.size());

    // Read back: what is asked must be exactly what a reader now finds, and nothing else may
    // have changed.
    TagLib::ByteVectorStream check(byteVectorOf(result, path));
    const std::unique_ptr<TagLib::File> file = openTagFile(format, check, path);
    const FieldMap back = readFields(format, *file);
    for (const auto& [field, values] : fields)
        if (valuesOf(back, field) != values)
            fail(path, "the " + std::string(tagFieldName(field)) +
                           " field did not read back as written; the file was left untouched");
    if (otherFields(format, *file) != othersBefore)
        fail(path, "TagLib would change other fields of this file; the file was left untouched");
    return result;
}

}  // namespace tagscope
