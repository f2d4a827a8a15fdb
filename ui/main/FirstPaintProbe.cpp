#include "main/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace pd {

FirstPaintProbe::FirstPaintProbe(QObject *parent) : QObject(parent) {}

void FirstPaintProbe::watchIfAsked(QWidget *widget)
{
    if (!widget || qEnvironmentVariableIsEmpty("PD_BENCH_EXIT_AFTER_PAINT"))
        return;
    widget->installEventFilter(new FirstPaintProbe(widget));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // Once this paint is through: the pixels are there when the line is read.
        QTimer::singleShot(0, watched, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd
