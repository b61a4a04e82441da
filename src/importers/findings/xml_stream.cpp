#include "importers/findings/xml_stream.hpp"

#include <libxml/xmlreader.h>

#include <climits>

namespace bolwerk::importers::findings {

std::string_view XmlElement::attribute(std::string_view local_name) const
{
    for (auto const& [key, value] : attributes)
        if (key == local_name)
            return value;
    return {};
}

XmlElement const* XmlElement::child(std::string_view local_name) const
{
    for (auto const& element : children)
        if (element.name == local_name)
            return &element;
    return nullptr;
}

std::string_view XmlElement::child_text(std::string_view local_name) const
{
    auto const* element = child(local_name);
    return element == nullptr ? std::string_view() : std::string_view(element->text);
}

namespace {

std::string text_of(xmlChar const* text)
{
    return text == nullptr ? std::string() : std::string(reinterpret_cast<char const*>(text));
}

// The first error libxml2 reports; later ones follow from it.
struct ErrorCapture {
    std::string first_error;
    std::uint64_t error_line = 0;
    std::uint64_t error_column = 0;
};

void remember_error(void* context, xmlErrorPtr error)
{
    auto* capture = static_cast<ErrorCapture*>(context);
    if (error == nullptr || !capture->first_error.empty() || error->level < XML_ERR_ERROR)
        return;
    std::string message = error->message == nullptr ? "XML error" : error->message;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    capture->first_error = message;
    capture->error_line = static_cast<std::uint64_t>(error->line > 0 ? error->line : 0);
    capture->error_column = static_cast<std::uint64_t>(error->int2 > 0 ? error->int2 : 0);
}

} // namespace

struct XmlStreamReader::State {
    ReportInput const* input = nullptr;
    xmlTextReaderPtr reader = nullptr;
    ErrorCapture errors;

    State() = default;
    State(State const&) = delete;
    State& operator=(State const&) = delete;
    State(State&&) = delete;
    State& operator=(State&&) = delete;
    ~State()
    {
        if (reader)
            xmlFreeTextReader(reader);
    }
};

XmlStreamReader::XmlStreamReader(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

XmlStreamReader::~XmlStreamReader() = default;
XmlStreamReader::XmlStreamReader(XmlStreamReader&&) noexcept = default;
XmlStreamReader& XmlStreamReader::operator=(XmlStreamReader&&) noexcept = default;

Result<XmlStreamReader> XmlStreamReader::open(ReportInput const& input)
{
    auto const bytes = input.bytes();
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        return Error::invalid("XML report larger than 2 GiB", {.source = input.name()});
    auto state = std::make_unique<State>();
    state->input = &input;
    // No XML_PARSE_NOENT (entities stay unexpanded), no DTD loading, no network.
    state->reader = xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
        XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    if (state->reader == nullptr)
        return Error::internal("cannot create an XML reader");
    xmlTextReaderSetStructuredErrorHandler(state->reader, remember_error, &state->errors);
    return XmlStreamReader(std::move(state));
}

Error XmlStreamReader::error(std::string message) const
{
    auto const line = static_cast<std::uint64_t>(xmlTextReaderGetParserLineNumber(m_state->reader));
    auto const column = static_cast<std::uint64_t>(xmlTextReaderGetParserColumnNumber(m_state->reader));
    return Error::invalid(std::move(message), {.source = m_state->input->name(), .line = line, .column = column});
}

std::string const& XmlStreamReader::source() const { return m_state->input->name(); }

namespace {

// One step of the reader; 1 = a node, 0 = end, -1 = error.
int step(xmlTextReaderPtr reader) { return xmlTextReaderRead(reader); }

} // namespace

Result<bool> XmlStreamReader::next_element()
{
    while (true) {
        int const status = step(m_state->reader);
        if (status < 0 || !m_state->errors.first_error.empty()) {
            auto message
                = m_state->errors.first_error.empty() ? std::string("malformed XML") : m_state->errors.first_error;
            if (m_state->errors.error_line > 0)
                return Error::invalid("malformed XML: " + message,
                    {.source = source(),
                        .line = m_state->errors.error_line,
                        .column = m_state->errors.error_column > 0
                            ? std::optional<std::uint64_t>(m_state->errors.error_column)
                            : std::nullopt});
            return error("malformed XML: " + message);
        }
        if (status == 0)
            return false;
        int const type = xmlTextReaderNodeType(m_state->reader);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE)
            return error("document type declarations and entity references are not accepted in reports");
        if (type == XML_READER_TYPE_ELEMENT) {
            auto const consumed = xmlTextReaderByteConsumed(m_state->reader);
            if (consumed > 0)
                m_state->input->release_before(static_cast<std::size_t>(consumed));
            return true;
        }
    }
}

std::string_view XmlStreamReader::name() const
{
    auto const* text = xmlTextReaderConstLocalName(m_state->reader);
    return text == nullptr ? std::string_view() : reinterpret_cast<char const*>(text);
}

std::string_view XmlStreamReader::ns() const
{
    auto const* text = xmlTextReaderConstNamespaceUri(m_state->reader);
    return text == nullptr ? std::string_view() : reinterpret_cast<char const*>(text);
}

int XmlStreamReader::depth() const { return xmlTextReaderDepth(m_state->reader); }

std::uint64_t XmlStreamReader::line() const
{
    return static_cast<std::uint64_t>(xmlTextReaderGetParserLineNumber(m_state->reader));
}

std::string XmlStreamReader::attribute(std::string_view local_name) const
{
    auto* reader = m_state->reader;
    std::string value;
    if (xmlTextReaderMoveToFirstAttribute(reader) != 1)
        return value;
    do {
        if (text_of(xmlTextReaderConstLocalName(reader)) == local_name) {
            value = text_of(xmlTextReaderConstValue(reader));
            break;
        }
    } while (xmlTextReaderMoveToNextAttribute(reader) == 1);
    xmlTextReaderMoveToElement(reader);
    return value;
}

namespace {

void read_attributes(xmlTextReaderPtr reader, XmlElement& element)
{
    if (xmlTextReaderMoveToFirstAttribute(reader) != 1)
        return;
    do {
        if (xmlTextReaderIsNamespaceDecl(reader) == 1)
            continue;
        element.attributes.emplace_back(
            text_of(xmlTextReaderConstLocalName(reader)), text_of(xmlTextReaderConstValue(reader)));
    } while (xmlTextReaderMoveToNextAttribute(reader) == 1);
    xmlTextReaderMoveToElement(reader);
}

XmlElement start_element(xmlTextReaderPtr reader)
{
    XmlElement element;
    element.name = text_of(xmlTextReaderConstLocalName(reader));
    element.ns = text_of(xmlTextReaderConstNamespaceUri(reader));
    element.line = static_cast<std::uint64_t>(xmlTextReaderGetParserLineNumber(reader));
    read_attributes(reader, element);
    return element;
}

} // namespace

Result<XmlElement> XmlStreamReader::read_element()
{
    auto* reader = m_state->reader;
    // A stack of open elements; the root of the record is at the bottom.
    std::vector<XmlElement> open;
    open.push_back(start_element(reader));
    if (xmlTextReaderIsEmptyElement(reader) == 1)
        return std::move(open.back());
    std::size_t bytes = 0;
    while (true) {
        int const status = step(reader);
        if (status <= 0 || !m_state->errors.first_error.empty()) {
            auto const message = m_state->errors.first_error.empty()
                ? std::string("the document ends inside <" + open.back().name + ">")
                : m_state->errors.first_error;
            return error("malformed XML: " + message);
        }
        int const type = xmlTextReaderNodeType(reader);
        if (type == XML_READER_TYPE_ELEMENT) {
            open.push_back(start_element(reader));
            bytes += open.back().name.size() + 8;
            if (xmlTextReaderIsEmptyElement(reader) == 1) {
                auto done = std::move(open.back());
                open.pop_back();
                open.back().children.push_back(std::move(done));
            }
        } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
            || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
            auto const* value = xmlTextReaderConstValue(reader);
            auto const text = text_of(value);
            bytes += text.size();
            open.back().text += text;
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (open.size() == 1)
                return std::move(open.back());
            auto done = std::move(open.back());
            open.pop_back();
            open.back().children.push_back(std::move(done));
        } else if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE) {
            return error("entity references are not accepted in reports");
        }
        if (bytes > max_xml_record_bytes)
            return error("the element <" + open.front().name + "> is larger than "
                + std::to_string(max_xml_record_bytes) + " bytes");
    }
}

} // namespace bolwerk::importers::findings
