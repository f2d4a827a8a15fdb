#include "charts/ChartHeading.h"

#include "charts/ChartStyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace pd {

namespace {

constexpr qreal SideMargin = 6; ///< as ChartStyle's chart margins
constexpr int BaseMargin = 4;   ///< the chart's top margin over the title
constexpr int PlotGap = 4;      ///< between the title and what is under it
/// Narrower than this the chart has no size yet (it is being set up): wrapping there would make
/// the chart's minimum height that of a column of single characters, and the chart would keep
/// it, taller than its view.
constexpr qreal UnsizedWidth = 80;

bool isTitlePunctuation(QChar c)
{
    return c == QLatin1Char(':') || c == QChar(0xff1a) || c.isSpace();
}

} // namespace

ChartHeading::ChartHeading(QChart *chart) : m_chart(chart), m_item(new QGraphicsTextItem(chart))
{
    m_item->setZValue(10);
    m_item->document()->setDocumentMargin(0);
    QTextOption option = m_item->document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    // A word wider than the chart breaks rather than running out of it.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_item->document()->setDefaultTextOption(option);
    m_item->hide();
}

ChartHeading::~ChartHeading()
{
    // The item belongs to the chart, which is gone first only if the view is: the views own
    // both and delete this one first.
    delete m_item;
}

void ChartHeading::setText(const QString &title, const QString &name)
{
    m_title = title;
    m_name = name;
    place();
}

void ChartHeading::clear()
{
    setText(QString());
}

void ChartHeading::place()
{
    QMargins margins = m_chart->margins();
    int top = BaseMargin;
    if (m_title.isEmpty()) {
        m_item->hide();
    } else {
        const QFont font = m_chart->titleFont();
        const bool sized = m_chart->size().width() >= UnsizedWidth;
        const qreal available = sized ? m_chart->size().width() - 2 * SideMargin : -1;
        QString shown = m_title;
        const qsizetype at = m_name.isEmpty() ? -1 : m_title.indexOf(m_name);
        if (sized && QFontMetricsF(font).horizontalAdvance(m_title) > available) {
            // The name and the punctuation after it on the first line(s), the rest after; each
            // in even lines, never one character alone ("…对接活" / "动：").
            QStringList parts{m_title};
            if (at >= 0) {
                qsizetype cut = at + m_name.size();
                while (cut < m_title.size() && isTitlePunctuation(m_title.at(cut)))
                    ++cut;
                if (cut < m_title.size())
                    parts = QStringList{m_title.left(cut).trimmed(), m_title.mid(cut).trimmed()};
            }
            QStringList lines;
            for (const QString &part : parts)
                lines << ChartStyle::balancedLines(part, font, available);
            shown = lines.join(QLatin1Char('\n'));
        }
        if (m_item->font() != font)
            m_item->setFont(font);
        m_item->setDefaultTextColor(m_chart->titleBrush().color());
        if (m_item->toPlainText() != shown)
            m_item->setPlainText(shown);
        if (!qFuzzyCompare(m_item->textWidth(), available))
            m_item->setTextWidth(available);
        // Unsized: one line, at its own width.
        m_item->setPos(SideMargin, BaseMargin);
        m_item->show();
        top = BaseMargin + int(std::ceil(m_item->boundingRect().height())) + PlotGap;
    }
    if (margins.top() != top) {
        margins.setTop(top);
        m_chart->setMargins(margins);
    }
}

QString ChartHeading::shownText() const
{
    return m_item->isVisible() ? m_item->toPlainText() : QString();
}

QRectF ChartHeading::rect() const
{
    if (!m_item->isVisible())
        return {};
    return m_item->mapRectToParent(m_item->boundingRect());
}

int ChartHeading::lineCount() const
{
    if (!m_item->isVisible())
        return 0;
    int lines = 0;
    for (QTextBlock block = m_item->document()->begin(); block.isValid(); block = block.next()) {
        if (block.layout())
            lines += block.layout()->lineCount();
    }
    return lines;
}

} // namespace pd
