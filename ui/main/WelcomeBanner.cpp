#include "main/WelcomeBanner.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd {
WelcomeBanner::WelcomeBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomeBanner"));
    setStyleSheet(QStringLiteral("#welcomeBanner { background: #fff8e1; border: 1px solid #e0c36b; "
                                 "border-radius: 6px; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setObjectName(QStringLiteral("dismissWelcome"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    retranslateUi();
}

void WelcomeBanner::setPlan(const QString &title, int indicatorCount, const QString &dataFile)
{
    m_title = title;
    m_count = indicatorCount;
    m_file = dataFile;
    retranslateUi();
}

void WelcomeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void WelcomeBanner::retranslateUi()
{
    m_dismiss->setText(tr("Got it"));
    m_text->setText(
        tr("<b>Welcome.</b> This window holds <b>%1</b>: %n quantified target(s) taken from the "
           "report, in its parts and work areas on the left. To enter progress, select an "
           "indicator, type the figure (it goes to the entry row at the top of the right pane, "
           "beside its date) and press Enter; every change is saved at once (Ctrl+Z undoes it). "
           "The statuses compare each figure with the share of the year elapsed (序时进度) at "
           "the <i>As of</i> date. Data file: <code>%2</code> (Help → Welcome Tips shows this "
           "again)",
           "", m_count)
            .arg(m_title.toHtmlEscaped(), QDir::toNativeSeparators(m_file).toHtmlEscaped()));
}

} // namespace pd
