#pragma once

#include <QObject>

class QWidget;

namespace pd {

/// For the benchmark: when PD_BENCH_EXIT_AFTER_PAINT is set, the first time the watched widget
/// has painted, prints "painted" on standard output and quits the application. Start-up is
/// timed by the process that waits for that line.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    /// Watches widget when the environment asks for it; does nothing otherwise.
    static void watchIfAsked(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    bool m_done = false;
};

} // namespace pd
