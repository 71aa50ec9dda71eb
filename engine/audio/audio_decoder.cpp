#include "engine/audio/audio_decoder.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <mutex>
#include <string>

#include "engine/audio/frame_to_mono.h"
#include "engine/error.h"
#include "engine/io/input_file.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
}

namespace tagscope {
namespace {

void silenceFfmpegLog() {
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

std::string ffmpegError(int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return text;
}

std::string tag(const AVDictionary* dict, const char* key) {
    const AVDictionaryEntry* e = av_dict_get(dict, key, nullptr, 0);
    return e && e->value ? e->value : "";
}

std::string hours(double seconds) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, seconds / 3600.0);
    return std::string(text, result.ptr) + " h";
}

// Refuses a stream whose rate or channel count no real audio has; the resampler's work and
// memory would otherwise follow whatever a header declares.
void checkFormat(const std::string& path, int sampleRate, int channels,
                 const ResourceLimits& limits) {
    if (sampleRate < limits.minSampleRate || sampleRate > limits.maxSampleRate)
        fail(path, "sample rate " + std::to_string(sampleRate) + " Hz is outside the supported " +
                       std::to_string(limits.minSampleRate) + "–" +
                       std::to_string(limits.maxSampleRate) + " Hz");
    if (channels < 1 || channels > limits.maxChannels)
        fail(path, std::to_string(channels) + " channels (at most " +
                       std::to_string(limits.maxChannels) + " are supported)");
}

bool hasMp3Extension(const std::string& path) {
    if (path.size() < 4) return false;
    std::string ext = path.substr(path.size() - 4);
    for (char& c : ext) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext == ".mp3";
}

// The header of an MPEG audio frame: sync, a layer, a bitrate and a sample rate that exist.
bool isMpegAudioFrameHeader(const std::array<unsigned char, 4>& h) {
    return h[0] == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x06) != 0 && (h[2] & 0xF0) != 0xF0 &&
           (h[2] & 0x0C) != 0x0C;
}

// An .mp3 whose first audio frame (after an ID3v2 tag, if any) starts right where it should:
// such a file is opened with FFmpeg's mp3 demuxer directly, as probing would choose it, without
// running the probes of every demuxer on ever larger reads (~1 ms per file, since mp3 never
// scores "certain"). Anything else is probed as before.
bool looksLikeMp3(const std::string& path) {
    if (!hasMp3Extension(path)) return false;
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 10> id3{};
    if (!in.read(reinterpret_cast<char*>(id3.data()), id3.size())) return false;
    std::uint64_t frameStart = 0;
    if (id3[0] == 'I' && id3[1] == 'D' && id3[2] == '3') {
        for (int k = 6; k < 10; ++k) {
            if (id3[k] & 0x80) return false;  // not a syncsafe size
            frameStart = frameStart << 7 | id3[k];
        }
        frameStart += 10 + ((id3[5] & 0x10) ? 10 : 0);  // header, and footer if flagged
    }
    std::array<unsigned char, 4> header{};
    in.seekg(std::streamoff(frameStart));
    if (!in.read(reinterpret_cast<char*>(header.data()), header.size())) return false;
    return isMpegAudioFrameHeader(header);
}

}  // namespace

struct AudioDecoder::Impl {
    std::string path;
    RunContext context;
    std::int64_t maxSamples = 0;  // the duration limit at the stream's rate
    AudioInfo info;
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVPacket* packet = nullptr;
    AVFrame* frame = nullptr;
    int stream = -1;
    bool flushed = false;  // the decoder has been sent its end-of-stream packet
    bool finished = false;
    std::int64_t decoded = 0;

    ~Impl() {
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
    }

    void open();
    void describe();
    enum class Step { Samples, Skipped, NeedInput, End };
    Step receive(std::vector<float>& chunk);
    void feed();
};

void AudioDecoder::Impl::open() {
    checkInputFile(path);
    // "file:" keeps FFmpeg from reading protocol prefixes ("http:", "concat:") into the path.
    const std::string url = "file:" + path;
    // mp3 never reaches FFmpeg's "certain" probe score, so by default it probes every demuxer on
    // ever larger reads up to 5 MB (~7 ms per file). 32 KB settles every common format; only if
    // that fails do we probe the default way.
    int r = -1;
    if (looksLikeMp3(path))
        r = avformat_open_input(&format, url.c_str(), av_find_input_format("mp3"), nullptr);
    if (r < 0) {
        AVDictionary* options = nullptr;
        av_dict_set(&options, "formatprobesize", "32768", 0);
        r = avformat_open_input(&format, url.c_str(), nullptr, &options);
        av_dict_free(&options);
    }
    if (r < 0) r = avformat_open_input(&format, url.c_str(), nullptr, nullptr);
    if (r < 0) fail(path, "not a readable audio file (" + ffmpegError(r) + ")");
    r = avformat_find_stream_info(format, nullptr);
    if (r < 0) fail(path, "cannot read stream information (" + ffmpegError(r) + ")");
    stream = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (stream < 0) fail(path, "no audio stream");
    const AVCodecParameters* par = format->streams[stream]->codecpar;
    if (par->ch_layout.nb_channels <= 0) fail(path, "audio stream has no channels");
    if (par->sample_rate <= 0) fail(path, "audio stream has no sample rate");
    checkFormat(path, par->sample_rate, par->ch_layout.nb_channels, context.limits());
    const AVCodec* decoder = avcodec_find_decoder(par->codec_id);
    if (!decoder)
        fail(path, std::string("no decoder for codec ") + avcodec_get_name(par->codec_id));
    codec = avcodec_alloc_context3(decoder);
    packet = av_packet_alloc();
    frame = av_frame_alloc();
    if (!codec || !packet || !frame) fail(path, "out of memory");
    if (avcodec_parameters_to_context(codec, par) < 0) fail(path, "invalid codec parameters");
    codec->thread_count = 1;
    r = avcodec_open2(codec, decoder, nullptr);
    if (r < 0) fail(path, "cannot open decoder (" + ffmpegError(r) + ")");
    describe();
    maxSamples = std::int64_t(context.limits().maxDurationSeconds * info.sampleRate);
}

void AudioDecoder::Impl::describe() {
    const AVStream* st = format->streams[stream];
    info.sampleRate = st->codecpar->sample_rate;
    info.channels = st->codecpar->ch_layout.nb_channels;
    info.codec = avcodec_get_name(st->codecpar->codec_id);
    if (format->duration > 0)
        info.durationSeconds = double(format->duration) / AV_TIME_BASE;
    else if (st->duration > 0)
        info.durationSeconds = double(st->duration) * av_q2d(st->time_base);
    for (const char* key : {"title", "artist", "album"}) {
        std::string value = tag(format->metadata, key);
        if (value.empty()) value = tag(st->metadata, key);
        std::string& field = key[0] == 't' ? info.title : key[1] == 'r' ? info.artist : info.album;
        field = value;
    }
}

// Takes one frame from the decoder if it has one.
AudioDecoder::Impl::Step AudioDecoder::Impl::receive(std::vector<float>& chunk) {
    const int r = avcodec_receive_frame(codec, frame);
    if (r == AVERROR(EAGAIN)) return Step::NeedInput;
    if (r == AVERROR_EOF) return Step::End;
    if (r < 0) return Step::Skipped;  // a damaged frame: skip it, as the ffmpeg program does
    // The first frame settles the rate and channels (the container may have guessed wrong);
    // a later change of rate can't be resampled consistently, so such frames are skipped.
    if (decoded == 0 && frame->sample_rate > 0) {
        checkFormat(path, frame->sample_rate, frame->ch_layout.nb_channels, context.limits());
        info.sampleRate = frame->sample_rate;
        info.channels = frame->ch_layout.nb_channels;
        maxSamples = std::int64_t(context.limits().maxDurationSeconds * info.sampleRate);
    }
    if (frame->sample_rate == info.sampleRate) appendMonoSamples(*frame, chunk);
    av_frame_unref(frame);
    return chunk.empty() ? Step::Skipped : Step::Samples;
}

// Sends the decoder the next packet of our stream, or the end-of-stream marker.
void AudioDecoder::Impl::feed() {
    for (;;) {
        const int r = av_read_frame(format, packet);
        if (r < 0) {  // end of file, or a read error: decode what we have
            avcodec_send_packet(codec, nullptr);
            flushed = true;
            return;
        }
        const bool ours = packet->stream_index == stream;
        if (ours) avcodec_send_packet(codec, packet);  // invalid packets are skipped
        av_packet_unref(packet);
        if (ours) return;
    }
}

AudioDecoder::AudioDecoder(const std::string& path, RunContext context)
    : impl_(std::make_unique<Impl>()) {
    silenceFfmpegLog();
    impl_->path = path;
    impl_->context = std::move(context);
    impl_->open();
}

AudioDecoder::~AudioDecoder() = default;

const AudioInfo& AudioDecoder::info() const {
    return impl_->info;
}

std::int64_t AudioDecoder::samplesDecoded() const {
    return impl_->decoded;
}

bool AudioDecoder::read(std::vector<float>& chunk) {
    Impl& d = *impl_;
    chunk.clear();
    while (!d.finished) {
        d.context.throwIfStopped();
        switch (d.receive(chunk)) {
            case Impl::Step::Samples:
                d.decoded += std::int64_t(chunk.size());
                if (d.decoded > d.maxSamples)
                    fail(d.path, "longer than the " + hours(d.context.limits().maxDurationSeconds) +
                                     " limit (see --max-duration)");
                return true;
            case Impl::Step::Skipped:
                break;
            case Impl::Step::NeedInput:
                if (d.flushed)
                    d.finished = true;  // nothing more can come after the flush
                else
                    d.feed();
                break;
            case Impl::Step::End:
                d.finished = true;
                break;
        }
    }
    if (d.decoded == 0) fail(d.path, "no audio could be decoded");
    return false;
}

void AudioDecoder::decode(const std::function<void(const float*, std::size_t)>& sink) {
    std::vector<float> chunk;
    while (read(chunk)) sink(chunk.data(), chunk.size());
}

}  // namespace tagscope
