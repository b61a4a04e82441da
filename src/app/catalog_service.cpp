#include "app/catalog_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_json.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/use_case.hpp"
#include "common/digest.hpp"
#include "common/text.hpp"
#include "importers/catalog_importer.hpp"
#include "importers/csv/csv_importer.hpp"
#include "report/oscal/oscal_catalog_export.hpp"
#include "store/assessment/assessment_repository.hpp"
#include "store/catalog_repository.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace bolwerk::app {

namespace {

using domain::catalog::CatalogVersion;
using domain::catalog::VersionReference;

constexpr std::string_view default_framework = "bio2";

// Orders versions "1.2" < "1.3" < "1.10" by their numeric parts; other text by bytes.
bool version_less(std::string const& left, std::string const& right)
{
    auto const numbers = [](std::string const& text) {
        std::vector<long> parts;
        for (auto const part : split(text, '.')) {
            long value = -1;
            std::from_chars(part.data(), part.data() + part.size(), value);
            parts.push_back(value);
        }
        return parts;
    };
    auto const a = numbers(left);
    auto const b = numbers(right);
    if (a != b)
        return a < b;
    return left < right;
}

std::vector<store::CatalogDefectRow> defect_rows(importers::ImportReport const& report)
{
    std::vector<store::CatalogDefectRow> rows;
    for (auto const& defect : report.defects)
        rows.push_back({std::string(to_string(defect.kind)), std::string(to_string(defect.severity())),
            static_cast<std::int64_t>(defect.line), defect.field, defect.message});
    return rows;
}

std::string import_detail(importers::ImportReport const& report, std::size_t items)
{
    return std::to_string(items) + " entries, " + std::to_string(report.defects.size()) + " defects";
}

Result<importers::ImportedCatalog> read_catalog(importers::SourceDocument const& document,
    importers::ImportOptions const& options, std::optional<std::string> const& csv_mapping)
{
    if (!csv_mapping)
        return importers::import_catalog(document, options);
    auto const mapping_document = TRY(importers::read_source(*csv_mapping));
    auto const mapping = TRY(importers::csv::CsvMapping::parse(mapping_document.content, mapping_document.name));
    return importers::csv::import_csv(document.content, mapping, options);
}

} // namespace

std::vector<VersionReference> listed_versions(CatalogListing const& listing)
{
    std::vector<VersionReference> versions;
    auto const add = [&](VersionReference const& reference) {
        if (std::find(versions.begin(), versions.end(), reference) == versions.end())
            versions.push_back(reference);
    };
    for (auto const& summary : listing.imported)
        add(summary.reference);
    for (auto const& reference : listing.builtin)
        add(reference);
    std::sort(versions.begin(), versions.end(), [](VersionReference const& left, VersionReference const& right) {
        if (left.framework != right.framework)
            return left.framework < right.framework;
        return version_less(left.version, right.version);
    });
    return versions;
}

Result<CatalogService> CatalogService::create(store::Database& database, Clock const& clock)
{
    return CatalogService(database, clock, TRY(domain::catalog::BuiltinIndex::load()));
}

Result<CatalogImportOutcome> CatalogService::import(Actor const& actor, std::string const& location,
    std::optional<std::string> const& as, std::optional<std::string> const& csv_mapping)
{
    TRY(authorise(actor, Permission::CatalogImport));
    auto const document = TRY(importers::read_source(location));
    return store_import(actor, document, as, csv_mapping);
}

Result<CatalogImportOutcome> CatalogService::import_upload(
    Actor const& actor, std::string const& file_name, std::string content, std::optional<std::string> const& as)
{
    // Permission before input, so a refusal reveals nothing about the input rules.
    TRY(authorise(actor, Permission::CatalogImport));
    if (content.empty())
        return Error::invalid("the chosen file is empty", {.source = file_name, .field = "file"});
    if (content.size() > max_catalog_upload_bytes)
        return Error::invalid("the file is larger than "
                + describe_size(static_cast<std::int64_t>(max_catalog_upload_bytes))
                + "; a catalog file is at most that large",
            {.source = file_name, .field = "file"});
    return store_import(actor, {file_name, std::move(content)}, as, std::nullopt);
}

Result<CatalogImportOutcome> CatalogService::store_import(Actor const& actor, importers::SourceDocument const& document,
    std::optional<std::string> const& as, std::optional<std::string> const& csv_mapping)
{
    std::optional<VersionReference> reference;
    if (as) {
        auto parsed = VersionReference::parse(*as);
        if (!parsed)
            return parsed.error().with_field("as");
        reference = *parsed;
    }
    CatalogImportOutcome outcome{
        CatalogVersionId(0), TRY(read_catalog(document, {document.name, reference}, csv_mapping))};
    // The source is read before the transaction: no lock is held while a URL is fetched.
    return run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<CatalogImportOutcome> {
        domain::catalog::CatalogProvenance const provenance{
            document.name, sha256_hex(document.content), outcome.imported.report.layout, actor.label, use_case.now()};
        outcome.id = TRY(store::CatalogRepository::insert(
            use_case.transaction(), outcome.imported.version, provenance, defect_rows(outcome.imported.report)));
        auto const after = catalog_import_to_json(outcome, provenance);
        TRY(use_case.audit(audit_change(std::nullopt, "catalog.import", "catalog_version",
            outcome.imported.version.reference().to_string(), nullptr, &after,
            import_detail(outcome.imported.report, outcome.imported.version.items().size()))));
        return outcome;
    });
}

Result<CatalogListing> CatalogService::list(Actor const& actor)
{
    TRY(authorise(actor, Permission::CatalogRead));
    auto connection = TRY(m_database.acquire());
    CatalogListing listing{TRY(store::CatalogRepository::list(*connection)), {}, {}};
    for (auto const& version : m_index.versions())
        listing.builtin.push_back(version.reference());
    std::vector<std::string> labels;
    for (auto const& summary : listing.imported)
        labels.push_back(summary.provenance.imported_by);
    listing.importers = TRY(actor_display_names(*connection, labels));
    return listing;
}

Result<VersionReference> CatalogService::default_version()
{
    auto connection = TRY(m_database.acquire());
    auto const stored = TRY(store::CatalogRepository::list(*connection));
    std::optional<VersionReference> newest;
    auto const consider = [&](VersionReference const& reference) {
        if (reference.framework == default_framework && (!newest || version_less(newest->version, reference.version)))
            newest = reference;
    };
    for (auto const& summary : stored)
        consider(summary.reference);
    for (auto const& version : m_index.versions())
        consider(version.reference());
    if (!newest)
        return Error::not_found("no BIO2 catalog version is available");
    return *newest;
}

Result<CatalogService::FoundVersion> CatalogService::load_version(VersionReference const& reference)
{
    auto connection = TRY(m_database.acquire());
    if (TRY(store::CatalogRepository::find(*connection, reference)))
        return FoundVersion{TRY(store::CatalogRepository::load(*connection, reference)), false};
    if (auto const* builtin = m_index.version(reference))
        return FoundVersion{*builtin, true};
    return Error::not_found("catalog " + reference.to_string() + " is neither imported nor built in");
}

Result<VersionReference> CatalogService::resolve_version(std::optional<std::string> const& text)
{
    if (!text)
        return default_version();
    if (text->find('@') == std::string::npos)
        return VersionReference::parse(std::string(default_framework) + "@" + *text);
    return VersionReference::parse(*text);
}

Result<CatalogVersion> CatalogService::load(Actor const& actor, std::optional<std::string> const& reference)
{
    TRY(authorise(actor, Permission::CatalogRead));
    auto const resolved = TRY(resolve_version(reference));
    return TRY(load_version(resolved)).version;
}

Result<CatalogVersion> CatalogService::in_force(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::CatalogRead));
    std::optional<store::StoredAssessment> assessment;
    {
        auto connection = TRY(m_database.acquire());
        assessment = TRY(store::AssessmentRepository::find(*connection, organisation));
    }
    if (!assessment)
        return load(actor, std::nullopt);
    return TRY(load_version(assessment->catalog)).version;
}

Result<CatalogEntryView> CatalogService::show(
    Actor const& actor, std::string const& number_text, std::optional<std::string> const& version_text)
{
    TRY(authorise(actor, Permission::CatalogRead));
    auto const number = TRY(domain::catalog::MeasureNumber::parse_lenient(number_text)).number;
    auto const reference = TRY(resolve_version(version_text));
    auto const found = TRY(load_version(reference));
    auto const* item = found.version.find(number);
    if (!item)
        return Error::not_found("entry " + number.to_string() + " does not exist in " + reference.to_string());
    CatalogEntryView view{reference, found.from_builtin_index, *item, {}};
    if (auto const control = number.control(); control && m_index.control(*control))
        view.control = *m_index.control(*control);
    return view;
}

Result<CatalogDiffOutcome> CatalogService::diff(Actor const& actor, std::string const& from, std::string const& to)
{
    TRY(authorise(actor, Permission::CatalogRead));
    auto const from_reference = TRY(resolve_version(from));
    auto const to_reference = TRY(resolve_version(to));
    auto const before = TRY(load_version(from_reference));
    auto const after = TRY(load_version(to_reference));
    bool const texts_compared = !before.from_builtin_index && !after.from_builtin_index;
    return CatalogDiffOutcome{domain::catalog::diff_catalogs(before.version, after.version), texts_compared};
}

Result<std::string> CatalogService::export_catalog(
    Actor const& actor, std::optional<std::string> const& version, std::string const& format)
{
    TRY(authorise(actor, Permission::CatalogRead));
    if (format != "oscal-json")
        return Error::invalid("unknown export format '" + format + "'; supported: oscal-json", {.field = "format"});
    auto const reference = TRY(resolve_version(version));
    auto const found = TRY(load_version(reference));
    return report::oscal::export_oscal_catalog_json(found.version, m_index, m_clock.now());
}

Result<importers::ImportedFramework> CatalogService::inspect(Actor const& actor, std::string const& location)
{
    TRY(authorise(actor, Permission::CatalogRead));
    auto const document = TRY(importers::read_source(location));
    return importers::import_framework(document);
}

Result<importers::mapping::MappingGaps> CatalogService::mapping_gaps(
    Actor const& actor, std::string const& mapping, std::string const& source, std::string const& target)
{
    auto const mapping_library = TRY(inspect(actor, mapping));
    auto const source_library = TRY(inspect(actor, source));
    auto const target_library = TRY(inspect(actor, target));
    if (!mapping_library.mapping_set)
        return Error::invalid("'" + mapping + "' holds no requirement mapping set", {.source = mapping});
    if (!source_library.framework || !target_library.framework)
        return Error::invalid("the source and target must be frameworks");
    return importers::mapping::analyse_mapping(
        *mapping_library.mapping_set, *source_library.framework, *target_library.framework);
}

} // namespace bolwerk::app
