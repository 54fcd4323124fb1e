#include "outputbuffer.h"

#include <algorithm>

namespace Trellis::Core::Jinja {

namespace {
// Enough for most macros' output, so that a small one never grows its buffer.
constexpr std::size_t kMinimumRoom = 256;
} // namespace

OutputBuffer::OutputBuffer(std::size_t limit, std::size_t expected)
    : m_limit(limit)
{
    reallocate(std::min(std::max(expected, kMinimumRoom), limit));
}

void OutputBuffer::reallocate(std::size_t room)
{
    const std::size_t written = size();
    // Not value-initialized: the bytes past the cursor are never read.
    std::unique_ptr<char[]> storage(new char[room]);
    if (written > 0)
        std::memcpy(storage.get(), m_storage.get(), written);
    m_storage = std::move(storage);
    m_cursor = m_storage.get() + written;
    m_end = m_storage.get() + room;
}

bool OutputBuffer::appendGrowing(std::string_view text)
{
    const std::size_t written = size();
    if (text.size() > m_limit - written)
        return false;
    // Doubling keeps the copies of a growing output to about one per byte in all.
    const std::size_t room = std::size_t(m_end - m_storage.get());
    reallocate(std::min(std::max(written + text.size(), room * 2), m_limit));
    return append(text);
}

} // namespace Trellis::Core::Jinja
