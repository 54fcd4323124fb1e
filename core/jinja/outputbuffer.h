#pragma once

#include "core/jinja/shorttext.h"

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace Trellis::Core::Jinja {

// What a render (or a macro, or a block captured by `set`) writes its text into, up to a limit.
// A render writes several hundred short pieces; std::string::append() checks its maximum size,
// tells its inline buffer from a heap one and writes a terminator for each, which costs more
// than the copy. Here the written end is a pointer into raw memory, so a write that fits is a
// comparison and a copy, and the text becomes a string once, at the end. (A std::string kept
// at its full size would do without that copy, but it fills its room with zeros first.) The
// limit is checked only when the buffer grows: it never grows past the limit.
class OutputBuffer
{
public:
    // `expected`: the room to start with (what the same template wrote last time).
    OutputBuffer(std::size_t limit, std::size_t expected);
    OutputBuffer(const OutputBuffer &) = delete;
    OutputBuffer &operator=(const OutputBuffer &) = delete;

    // Appends `text`; false, writing nothing, when the buffer would hold more than the limit.
    [[gnu::always_inline]] bool append(std::string_view text)
    {
        if (text.size() > std::size_t(m_end - m_cursor))
            return appendGrowing(text);
        put(text);
        return true;
    }
    // Appends `text` when it is short (see copyShortText()) and fits the room at hand; false,
    // writing nothing, otherwise. Needs no call, so that its callers need no stack frame.
    bool appendInline(std::string_view text)
    {
        if (text.size() > kInlineTextSize || text.size() > std::size_t(m_end - m_cursor))
            return false;
        put(text);
        return true;
    }
    std::size_t size() const { return std::size_t(m_cursor - m_storage.get()); }
    std::size_t limit() const { return m_limit; }
    // Drops what was written after the first `size` bytes.
    void truncate(std::size_t size) { m_cursor = m_storage.get() + size; }
    std::string_view text() const { return {m_storage.get(), size()}; }

private:
    // Writes `text` into the room at hand, which has space for it.
    void put(std::string_view text)
    {
        copyShortText(m_cursor, text.data(), text.size());
        m_cursor += text.size();
    }
    bool appendGrowing(std::string_view text);
    // Gives the buffer `room` bytes of storage, keeping what was written.
    void reallocate(std::size_t room);

    std::unique_ptr<char[]> m_storage;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
    std::size_t m_limit;
};

} // namespace Trellis::Core::Jinja
