#include "completionicons.h"

#include <Qsci/qsciscintilla.h>

#include <QPainter>
#include <QPixmap>

namespace Trellis::Widgets {

namespace {

using Core::Ide::CompletionKind;

struct Badge
{
    CompletionKind kind;
    const char *letter; // translated: a one-letter name of the kind
    QRgb light;
    QRgb dark;
};

constexpr Badge kBadges[] = {
    {CompletionKind::Model, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "M"), 0x1f6feb,
     0x4493f8},
    {CompletionKind::Project, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "P"), 0x8250df,
     0xa371f7},
    {CompletionKind::Source, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "S"), 0x1a7f37,
     0x3fb950},
    {CompletionKind::SourceTable, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "T"),
     0x1a7f37, 0x3fb950},
    {CompletionKind::Macro, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "ƒ"), 0xbc4c00,
     0xf0883e},
    {CompletionKind::Builtin, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "ƒ"), 0x6e7781,
     0x8b949e},
    {CompletionKind::Doc, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "D"), 0x0a7ea4,
     0x39c5cf},
    {CompletionKind::Column, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "C"), 0x9a6700,
     0xd29922},
    {CompletionKind::Key, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "K"), 0x1f6feb,
     0x4493f8},
    {CompletionKind::Value, QT_TRANSLATE_NOOP("Trellis::Widgets::CompletionIcons", "V"), 0x6e7781,
     0x8b949e},
};

// Scintilla image ids: the kind's number plus one (0 means no image).
int imageId(CompletionKind kind)
{
    return int(kind) + 1;
}

} // namespace

void CompletionIcons::registerWith(QsciScintilla &editor, const EditorPalette &palette)
{
    const qreal ratio = editor.devicePixelRatioF();
    const int side = editor.fontMetrics().height() - 2;
    QFont font = editor.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, side * 3 / 4));
    for (const Badge &badge : kBadges) {
        QPixmap pixmap(QSize(side, side) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromRgb(palette.isDark() ? badge.dark : badge.light));
        painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
        painter.setPen(palette.isDark() ? QColor(0x0d, 0x11, 0x17) : QColor(Qt::white));
        painter.setFont(font);
        painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter, tr(badge.letter));
        painter.end();
        editor.registerImage(imageId(badge.kind), pixmap);
    }
}

QString CompletionIcons::listEntry(const Core::Ide::CompletionItem &item)
{
    return item.label + QLatin1Char('?') + QString::number(imageId(item.kind));
}

} // namespace Trellis::Widgets
