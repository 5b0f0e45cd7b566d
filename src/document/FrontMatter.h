#pragma once

#include <QStringList>

namespace lectern {

// How many lines at the top of a Markdown file are a static-site generator's
// front matter (YAML between --- lines, TOML between +++ lines, or YAML whose
// opening --- a copy lost: key: value lines closed by ---). 0 when there is
// none. Such lines describe the page (title: 某大学->讲话 | site.com.cn,
// categories, slug) and are never part of the speech.
int frontMatterLineCount(const QStringList &lines);

} // namespace lectern
