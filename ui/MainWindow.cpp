#include "MainWindow.h"

namespace pd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

} // namespace pd
