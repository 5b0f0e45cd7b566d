#pragma once

#include <QString>

namespace lectern {

// Recognisers for the parts of a Chinese speech (GB/T 9704 conventions).
// Each takes one trimmed paragraph.

// 1 for 一、 2 for （一） 3 for 1. / 1、 / 1． ; 0 otherwise.
int headingLevelOf(const QString &text);

// Length of the lead sentence of a point paragraph (第一，/ 一是 / 一要 / 首先，),
// up to and including its first full stop; 0 if the paragraph is no point.
int leadSentenceLength(const QString &text);

// Length of the first sentence (through 。！？；：), or of the whole text.
int firstSentenceLength(const QString &text);

bool isSalutation(const QString &text);   // 同志们： / 各位领导、同志们：
// The first line of a salutation over two lines: 尊敬的各位领导， (then 同志们：).
bool isSalutationHead(const QString &text);
bool isClosing(const QString &text);      // 我的讲话完了，谢谢大家！ / 谢谢大家！
bool isDateLine(const QString &text);     // （2024年3月15日） / 二〇二四年三月
bool looksLikeTitle(const QString &text); // 在……会议上的讲话, ……致辞 …
bool looksLikeByline(const QString &text);// 区长 ××× / 张三同志
// A byline written as a sentence: 2025年1月16日在……会议上……省长某某作政府工作报告。
// Returns the length of its leading date (the rest names occasion and
// speaker), or 0 when the text is no such sentence.
int proseBylineDateLength(const QString &text);
bool endsSentence(const QString &text);   // ends with 。！？… or a closing quote after one

// A ——subtitle under a title, taken apart: ——2025年3月8日在全县……工作会议上　县长　刘建华
// holds a date, an occasion (在……上) and a byline, each its own field. What
// is a subtitle proper (——在……大会上的报告) stays with the title as `kept`.
// `split` is false when the line holds neither a date nor an occasion.
struct SubtitleParts
{
    bool split = false;
    QString date, occasion, byline;
    QString kept; // what stays under the title, with its dash; often empty
};
SubtitleParts splitSubtitle(const QString &text);

} // namespace lectern
