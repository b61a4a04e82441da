#pragma once

#include "store/value.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::store {

class ResultSet;

/// A read-only view of one row of a ResultSet; valid while the ResultSet lives.
/// Typed getters expect the column to hold that type (or NULL where optional): a
/// mismatch means our SQL and our code disagree, which is a bug and aborts.
class Row {
public:
    Row(ResultSet const& set, std::size_t index)
        : m_set(&set)
        , m_index(index)
    {
    }

    bool is_null(std::size_t column) const;
    std::int64_t int64(std::size_t column) const;
    double real(std::size_t column) const;
    bool boolean(std::size_t column) const { return int64(column) != 0; }
    std::string const& text(std::size_t column) const;
    std::string const& blob(std::size_t column) const;
    std::optional<std::int64_t> optional_int64(std::size_t column) const;
    std::optional<std::string> optional_text(std::size_t column) const;
    Value const& value(std::size_t column) const;

private:
    ResultSet const* m_set;
    std::size_t m_index;
};

/// The complete result of one statement, held in memory: column names, rows of
/// values, and how many rows a write changed. Cheap to move.
class ResultSet {
public:
    ResultSet() = default;
    explicit ResultSet(std::vector<std::string> columns)
        : m_columns(std::move(columns))
    {
    }

    std::vector<std::string> const& columns() const { return m_columns; }
    std::size_t column_count() const { return m_columns.size(); }
    std::size_t size() const { return m_columns.empty() ? 0 : m_cells.size() / m_columns.size(); }
    bool empty() const { return size() == 0; }
    Row row(std::size_t index) const { return {*this, index}; }
    Row front() const { return row(0); }
    std::int64_t affected_rows() const { return m_affected_rows; }

    /// Iteration over rows: `for (Row row : result) …`.
    class Iterator {
    public:
        Iterator(ResultSet const& set, std::size_t index)
            : m_set(&set)
            , m_index(index)
        {
        }
        Row operator*() const { return m_set->row(m_index); }
        Iterator& operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator==(Iterator const& other) const { return m_index == other.m_index; }

    private:
        ResultSet const* m_set;
        std::size_t m_index;
    };
    Iterator begin() const { return {*this, 0}; }
    Iterator end() const { return {*this, size()}; }

    // Building, for the backends.
    void append_cell(Value value) { m_cells.push_back(std::move(value)); }
    void reserve_rows(std::size_t rows) { m_cells.reserve(rows * m_columns.size()); }
    void set_affected_rows(std::int64_t count) { m_affected_rows = count; }
    Value const& cell(std::size_t row, std::size_t column) const { return m_cells[row * m_columns.size() + column]; }

private:
    std::vector<std::string> m_columns;
    std::vector<Value> m_cells;
    std::int64_t m_affected_rows = 0;
};

} // namespace bolwerk::store
