#pragma once

// A structure-aware mutator for zipped XML (.docx, .xlsx), for libFuzzer's
// LLVMFuzzerCustomMutator. Byte mutations of a zip almost never leave a zip
// (its checksums and offsets break), so a byte-level fuzzer stays outside
// the archive: fuzz_docx kept 14 corpus entries after 180 s. This opens the
// archive, mutates the XML of one part inside it — bytes through libFuzzer's
// own LLVMFuzzerMutate, or a tag of the format spliced in — and zips it up
// again, so every input reaches the XML reader. Not a zip: mutated as bytes.
#include <zip.h>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace zipfuzz {

using Entries = std::vector<std::pair<std::string, std::string>>;

inline bool unzip(const uint8_t *data, size_t size, Entries *out)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_buffer_create(data, size, 0, &error);
    if (!src)
        return false;
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!z) {
        zip_source_free(src);
        return false;
    }
    bool ok = true;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n && ok && i < 64; ++i) {
        zip_stat_t st;
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (1u << 20)) {
            ok = false;
            break;
        }
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        if (!f) {
            ok = false;
            break;
        }
        std::string content(size_t(st.size), '\0');
        ok = zip_fread(f, content.data(), st.size) == zip_int64_t(st.size);
        zip_fclose(f);
        out->emplace_back(st.name ? st.name : "", std::move(content));
    }
    zip_discard(z);
    return ok && !out->empty();
}

inline std::string zipUp(const Entries &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!src)
        return {};
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    if (!z) {
        zip_source_free(src);
        return {};
    }
    for (const auto &[name, content] : entries) {
        zip_source_t *part = zip_source_buffer(z, content.data(), content.size(), 0);
        if (!part || zip_file_add(z, name.c_str(), part, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0)
            zip_source_free(part);
    }
    std::string out;
    if (zip_close(z) != 0) { // the handle is still ours when closing fails
        zip_discard(z);
        zip_source_free(src);
        return out;
    }
    if (zip_source_open(src) == 0) {
        zip_source_seek(src, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(src);
        zip_source_seek(src, 0, SEEK_SET);
        if (size > 0) {
            out.resize(size_t(size));
            if (zip_source_read(src, out.data(), zip_uint64_t(size)) != size)
                out.clear();
        }
        zip_source_close(src);
    }
    zip_source_free(src);
    return out;
}

// Mutates one part of the archive: mostly one of `preferred` (the parts the
// reader parses), now and then any part, its name, or a part dropped.
inline size_t mutate(uint8_t *data, size_t size, size_t maxSize, unsigned seed, const std::vector<std::string> &preferred,
                     const std::vector<std::string> &tags)
{
    Entries entries;
    if (!unzip(data, size, &entries))
        return LLVMFuzzerMutate(data, size, maxSize);
    std::minstd_rand rng(seed);
    std::vector<size_t> choices;
    for (size_t i = 0; i < entries.size(); ++i)
        for (const std::string &p : preferred)
            if (entries[i].first == p)
                choices.push_back(i);
    const unsigned what = rng() % 16;
    if (what == 0 && entries.size() > 1) {
        entries.erase(entries.begin() + long(rng() % entries.size())); // a part missing
    } else if (what == 1) {
        std::string &name = entries[rng() % entries.size()].first; // a part misnamed
        if (!name.empty())
            name[rng() % name.size()] ^= char(1 + rng() % 127);
    } else {
        const size_t at = (choices.empty() || what == 2) ? rng() % entries.size() : choices[rng() % choices.size()];
        std::string &xml = entries[at].second;
        if (what < 6 && !tags.empty()) { // a tag of the format where another tag starts
            const std::string &tag = tags[rng() % tags.size()];
            size_t pos = xml.empty() ? 0 : rng() % xml.size();
            const size_t lt = xml.find('<', pos);
            xml.insert(lt == std::string::npos ? xml.size() : lt, tag);
        } else {
            const size_t length = xml.size();
            const size_t cap = std::max(length, std::min<size_t>(length * 2 + 256, maxSize));
            xml.resize(cap);
            xml.resize(LLVMFuzzerMutate(reinterpret_cast<uint8_t *>(xml.data()), length, cap));
        }
    }
    const std::string out = zipUp(entries);
    if (out.empty() || out.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}

} // namespace zipfuzz
