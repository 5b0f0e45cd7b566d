#pragma once

#include <QStringList>

namespace lectern {

// How many lines at the top of a Markdown file are a static-site generator's
// front matter (YAML between --- lines, TOML between +++ lines, or YAML whose
// opening --- a copy lost: key: value lines closed by ---). 0 when there is
// none. Such lines describe the page (title: 某大学->讲话 | site.com.cn,
// categories, slug) and are never part of the speech.
int frontMatterLineCount(const QStringList &lines);

// The speech's title as the front matter's title: gives it, without the
// site's furniture around it: a breadcrumb before it (学校->, 首页 > 讲话 >),
// the site's name after it ( | 网站名, _网站名, - 网站名) and a speaker's
// name before a colon (习近平：在……上的讲话). Empty when the header has no
// title, or what is left does not read as a speech's title (title: 首页).
QString frontMatterTitle(const QStringList &lines, int headerLines);

} // namespace lectern
