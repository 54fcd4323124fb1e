#pragma once

#include "widgets/editor/themedlexer.h"

namespace Trellis::Widgets {

// Colours dbt property files with Core::Ide::YamlScanner: keys dbt knows apart from unknown ones
// (usually typos), values, strings, constants, comments, block scalars and `{{ }}` Jinja in
// values. Folds by indentation. Incremental like JinjaSqlLexer: it restarts one line above the
// change (whose fold header may change) with the block-scalar state stored per line. GUI thread.
class YamlLexer : public ThemedLexer
{
    Q_OBJECT

public:
    explicit YamlLexer(QObject *parent = nullptr);

    const char *language() const override;
    void styleText(int start, int end) override;
    QString lineCommentPrefix() const override;

private:
    void setFoldLevels(int firstLine, int lastLine);
};

} // namespace Trellis::Widgets
