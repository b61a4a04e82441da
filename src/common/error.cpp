#include "common/error.hpp"

namespace bolwerk {

std::string_view to_string(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return "invalid";
    case ErrorKind::NotFound: return "not-found";
    case ErrorKind::Forbidden: return "forbidden";
    case ErrorKind::Conflict: return "conflict";
    case ErrorKind::Unavailable: return "unavailable";
    case ErrorKind::Internal: return "internal";
    }
    return "internal";
}

Error Error::with_context(std::string_view context) const
{
    Error copy = *this;
    copy.m_message = std::string(context) + ": " + m_message;
    return copy;
}

Error Error::with_location(ErrorLocation const& location) const
{
    Error copy = *this;
    if (!copy.m_location.source)
        copy.m_location.source = location.source;
    if (!copy.m_location.field)
        copy.m_location.field = location.field;
    if (!copy.m_location.line)
        copy.m_location.line = location.line;
    if (!copy.m_location.column)
        copy.m_location.column = location.column;
    return copy;
}

std::string Error::to_string() const
{
    std::string where;
    if (m_location.source)
        where += *m_location.source;
    if (m_location.line) {
        where += (where.empty() ? "line " : ":") + std::to_string(*m_location.line);
        if (m_location.column)
            where += ":" + std::to_string(*m_location.column);
    }
    if (m_location.field)
        where += (where.empty() ? "field '" : ": field '") + *m_location.field + "'";
    if (where.empty())
        return m_message;
    return where + ": " + m_message;
}

} // namespace bolwerk
