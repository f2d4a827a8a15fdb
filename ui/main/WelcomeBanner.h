#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pd {

/// The first-start hint: what the window holds, where the data file is, how to enter progress.
/// The window shows it the first time each data file is opened, and from Help → Welcome Tips.
class WelcomeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomeBanner(QWidget *parent = nullptr);

    void setPlan(const QString &title, int indicatorCount, const QString &dataFile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_dismiss;
    QString m_title;
    int m_count = 0;
    QString m_file;
};

} // namespace pd
