#include "editorpalette.h"

namespace Trellis::Widgets {

namespace {

QColor mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

} // namespace

EditorPalette EditorPalette::fromPalette(const QPalette &palette)
{
    EditorPalette result;
    result.m_dark = palette.color(QPalette::Window).lightness() < 128;
    // The desktop's own text colours when they suit the mode; fixed ones when the palette's
    // base does not match its window (some styles give dark windows a light base).
    const QColor base = palette.color(QPalette::Base);
    const bool baseMatches = (base.lightness() < 128) == result.m_dark;
    result.paper
        = baseMatches ? base : (result.m_dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
    result.text = baseMatches
        ? palette.color(QPalette::Text)
        : (result.m_dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x23, 0x28));
    result.marginPaper = mix(result.paper, result.text, 0.04);
    result.marginText = mix(result.paper, result.text, 0.45);
    result.caretLine = mix(result.paper, result.text, result.m_dark ? 0.07 : 0.045);
    result.selection = result.m_dark ? QColor(0x26, 0x4f, 0x78) : QColor(0xad, 0xd6, 0xff);
    result.indentGuide = mix(result.paper, result.text, 0.2);
    result.braceMatch = result.m_dark ? QColor(0x3a, 0x5a, 0x3a) : QColor(0xc8, 0xe6, 0xc9);
    return result;
}

TextStyle EditorPalette::style(StyleRole role) const
{
    const bool d = m_dark;
    // Jinja sits on a faint violet paper, so a template reads apart from the SQL around it.
    const QColor jinjaPaper = mix(paper, QColor(0x8e, 0x44, 0xad), d ? 0.16 : 0.07);
    const auto fixed = [&](QRgb light, QRgb dark) {
        return QColor::fromRgb(d ? dark : light);
    };
    switch (role) {
    case StyleRole::Plain:
        return {text, paper};
    case StyleRole::Keyword:
        return {fixed(0x0033b3, 0x569cd6), paper, true};
    case StyleRole::Function:
        return {fixed(0x795e26, 0xdcdcaa), paper};
    case StyleRole::Number:
        return {fixed(0x1750eb, 0xb5cea8), paper};
    case StyleRole::String:
        return {fixed(0x067d17, 0xce9178), paper};
    case StyleRole::QuotedName:
        return {fixed(0x871094, 0x9cdcfe), paper};
    case StyleRole::Comment:
        return {fixed(0x6e7781, 0x7f8c98), paper, false, true};
    case StyleRole::Operator:
        return {mix(paper, text, 0.75), paper};
    case StyleRole::JinjaText:
        return {text, jinjaPaper};
    case StyleRole::JinjaDelimiter:
        return {fixed(0x9c27b0, 0xd19ad1), jinjaPaper, true};
    case StyleRole::JinjaKeyword:
        return {fixed(0x6a1b9a, 0xc586c0), jinjaPaper, true};
    case StyleRole::DbtName:
        return {fixed(0xb34700, 0xf0a35e), jinjaPaper, true};
    case StyleRole::JinjaName:
        return {fixed(0x3b2a6e, 0xe0d0ff), jinjaPaper};
    case StyleRole::JinjaString:
        return {fixed(0x0b7a3e, 0x98c379), jinjaPaper};
    case StyleRole::JinjaComment:
        return {fixed(0x6e7781, 0x8b949e), jinjaPaper, false, true};
    case StyleRole::Key:
        return {fixed(0x8a5a00, 0xd7ba7d), paper};
    case StyleRole::DbtKey:
        return {fixed(0x0033b3, 0x569cd6), paper};
    case StyleRole::Constant:
        return {fixed(0x0033b3, 0x569cd6), paper, true};
    }
    return {text, paper};
}

QColor EditorPalette::severityColor(Core::Severity severity) const
{
    switch (severity) {
    case Core::Severity::Error:
        return m_dark ? QColor(0xf1, 0x4c, 0x4c) : QColor(0xd3, 0x2f, 0x2f);
    case Core::Severity::Warning:
        return m_dark ? QColor(0xcc, 0xa7, 0x00) : QColor(0xb2, 0x6b, 0x00);
    case Core::Severity::Info:
        return m_dark ? QColor(0x37, 0x94, 0xff) : QColor(0x1a, 0x73, 0xe8);
    }
    return text;
}

} // namespace Trellis::Widgets
