#include "store/SqlDialect.h"

#include "store/SqliteDialect.h"

namespace pd {

SqlDialect::~SqlDialect() = default;

std::unique_ptr<SqlDialect> SqlDialect::standard()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace pd
