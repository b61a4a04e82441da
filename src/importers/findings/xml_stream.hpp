#pragma once

#include "common/result.hpp"
#include "importers/findings/report_input.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bolwerk::importers::findings {

/// One small XML element (a finding record) as a tree: local name, namespace,
/// attributes, its own text (text and CDATA children joined) and child elements.
struct XmlElement {
    std::string name; ///< Local name, without prefix.
    std::string ns; ///< Namespace URI; empty without one.
    std::vector<std::pair<std::string, std::string>> attributes; ///< By local name.
    std::string text;
    std::vector<XmlElement> children;
    std::uint64_t line = 0;

    /// The attribute with this local name, or "".
    std::string_view attribute(std::string_view local_name) const;
    /// The first child with this local name, or nullptr.
    XmlElement const* child(std::string_view local_name) const;
    /// The text of the first child with this local name, or "".
    std::string_view child_text(std::string_view local_name) const;
};

/// Records larger than this (text and markup of one element read as a tree) are refused.
constexpr std::size_t max_xml_record_bytes = 16 * 1024 * 1024;

/// A streaming XML reader (libxml2's xmlTextReader) over a ReportInput: the document is
/// read node by node and only the records the importer asks for become XmlElements,
/// so memory stays bounded however large the report. Network access, DTDs and entity
/// definitions are refused (XXE and entity expansion). Errors are Invalid and name
/// the line and column. Not thread-safe; the input must outlive the reader.
class XmlStreamReader {
public:
    static Result<XmlStreamReader> open(ReportInput const& input);
    ~XmlStreamReader();
    XmlStreamReader(XmlStreamReader&&) noexcept;
    XmlStreamReader& operator=(XmlStreamReader&&) noexcept;

    /// Moves to the next start element. False at the end of the document.
    Result<bool> next_element();
    /// Local name, namespace URI and depth (root = 0) of the current element.
    std::string_view name() const;
    std::string_view ns() const;
    int depth() const;
    std::uint64_t line() const;
    /// An attribute of the current element by local name, or "".
    std::string attribute(std::string_view local_name) const;
    /// Reads the current element with everything inside it as a tree and moves past it.
    Result<XmlElement> read_element();
    /// An Invalid error at the reader's current position.
    Error error(std::string message) const;
    std::string const& source() const;

private:
    struct State;
    explicit XmlStreamReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace bolwerk::importers::findings
