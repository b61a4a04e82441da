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

Error Error::with_field(std::string field) const
{
    Error copy = *this;
    copy.m_location.field = std::move(field);
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
    // Built with append() only: GCC 12 at -O3 reports a false -Wrestrict on
    // `literal + std::string` chains here.
    std::string where;
    if (m_location.source)
        where.append(*m_location.source);
    if (m_location.line) {
        where.append(where.empty() ? "line " : ":");
        where.append(std::to_string(*m_location.line));
        if (m_location.column) {
            where.append(":");
            where.append(std::to_string(*m_location.column));
        }
    }
    if (m_location.field) {
        where.append(where.empty() ? "field '" : ": field '");
        where.append(*m_location.field);
        where.append("'");
    }
    if (where.empty())
        return m_message;
    where.append(": ");
    where.append(m_message);
    return where;
}

} // namespace bolwerk
