#include "jinjacall.h"

namespace Trellis::Core::Ide {

namespace {

QString unquote(QStringView literal)
{
    if (literal.size() >= 2 && literal.back() == literal.front())
        return literal.mid(1, literal.size() - 2).toString();
    return literal.mid(1).toString(); // unterminated while the user types
}

// Walks the tokens keeping a stack of open parentheses; each one opened right after a name
// belongs to a call.
class CallWalker
{
public:
    explicit CallWalker(QStringView text)
        : m_text(text)
    { }

    std::vector<JinjaCall> walk(const std::vector<Token> &tokens)
    {
        for (const Token &token : tokens) {
            switch (token.kind) {
            case TokenKind::JinjaIdentifier:
            case TokenKind::JinjaDbtName:
                name(token);
                break;
            case TokenKind::JinjaOperator:
                for (qsizetype i = token.start; i < token.start + token.length; ++i)
                    punctuation(m_text[i], i);
                break;
            case TokenKind::JinjaString:
                literal(token);
                break;
            case TokenKind::JinjaNumber:
                if (Frame *frame = callFrame(); frame && frame->keywordIsVersion)
                    m_calls[frame->call].version = m_text.mid(token.start, token.length).toString();
                m_lastName = {};
                break;
            case TokenKind::JinjaText:
                break;
            case TokenKind::JinjaKeyword:
                m_lastName = {};
                m_afterDot = false;
                break;
            default:
                // A delimiter or anything outside Jinja ends every open call.
                closeRegion(token.start);
                break;
            }
        }
        closeRegion(m_text.size());
        return std::move(m_calls);
    }

private:
    struct Frame
    {
        qsizetype call = -1; // index into m_calls, -1 for a grouping parenthesis
        std::size_t argument = 0;
        bool inKeyword = false;
        bool keywordIsVersion = false;
    };
    struct Name
    {
        qsizetype start = -1;
        qsizetype end = -1;
    };

    Frame *callFrame()
    {
        return !m_frames.empty() && m_frames.back().call >= 0 ? &m_frames.back() : nullptr;
    }

    void name(const Token &token)
    {
        // `dbt_utils.star`: a name right after "name." extends it.
        if (m_lastName.end >= 0 && m_afterDot)
            m_lastName.end = token.start + token.length;
        else
            m_lastName = {token.start, token.start + token.length};
        m_afterDot = false;
    }

    void punctuation(QChar c, qsizetype at)
    {
        if (c == u'.' && m_lastName.end == at) {
            m_afterDot = true;
            return;
        }
        m_afterDot = false;
        if (c == u'(') {
            Frame frame;
            if (m_lastName.end >= 0) {
                JinjaCall call;
                call.callee
                    = m_text.mid(m_lastName.start, m_lastName.end - m_lastName.start).toString();
                call.calleeStart = m_lastName.start;
                call.calleeEnd = m_lastName.end;
                call.open = at;
                frame.call = qsizetype(m_calls.size());
                m_calls.push_back(std::move(call));
            }
            m_frames.push_back(frame);
        } else if (c == u')') {
            if (!m_frames.empty()) {
                if (const Frame *frame = callFrame()) {
                    m_calls[frame->call].close = at + 1;
                    m_calls[frame->call].regionEnd = at + 1;
                }
                m_frames.pop_back();
            }
        } else if (c == u',') {
            if (Frame *frame = callFrame()) {
                if (!frame->inKeyword)
                    ++frame->argument;
                frame->inKeyword = false;
                frame->keywordIsVersion = false;
            }
        } else if (c == u'=') {
            if (Frame *frame = callFrame(); frame && m_lastName.end >= 0) {
                const QStringView keyword
                    = m_text.mid(m_lastName.start, m_lastName.end - m_lastName.start);
                frame->inKeyword = true;
                frame->keywordIsVersion = keyword == u"v" || keyword == u"version";
            }
        }
        m_lastName = {};
    }

    void literal(const Token &token)
    {
        m_lastName = {};
        Frame *frame = callFrame();
        if (!frame)
            return;
        JinjaCall &call = m_calls[frame->call];
        const QString value = unquote(m_text.mid(token.start, token.length));
        if (frame->inKeyword) {
            if (frame->keywordIsVersion)
                call.version = value;
            return;
        }
        if (call.positional.size() <= frame->argument)
            call.positional.resize(frame->argument + 1);
        call.positional[frame->argument]
            = StringArgument{value, token.start, token.start + token.length};
    }

    void closeRegion(qsizetype at)
    {
        for (const Frame &frame : m_frames) {
            if (frame.call >= 0)
                m_calls[frame.call].regionEnd = at;
        }
        m_frames.clear();
        m_lastName = {};
        m_afterDot = false;
    }

    QStringView m_text;
    std::vector<JinjaCall> m_calls;
    std::vector<Frame> m_frames;
    Name m_lastName;
    bool m_afterDot = false;
};

} // namespace

QString JinjaCall::argument(std::size_t index) const
{
    return index < positional.size() && positional[index] ? positional[index]->value : QString();
}

bool JinjaCall::covers(qsizetype offset) const
{
    return (offset >= calleeStart && offset <= calleeEnd) || (offset > open && offset <= regionEnd);
}

std::vector<JinjaCall> JinjaCallFinder::find(QStringView text, const std::vector<Token> &tokens)
{
    return CallWalker(text).walk(tokens);
}

const JinjaCall *JinjaCallFinder::at(const std::vector<JinjaCall> &calls, qsizetype offset)
{
    const JinjaCall *innermost = nullptr;
    for (const JinjaCall &call : calls) {
        if (call.covers(offset) && (!innermost || call.open > innermost->open))
            innermost = &call;
    }
    return innermost;
}

} // namespace Trellis::Core::Ide
