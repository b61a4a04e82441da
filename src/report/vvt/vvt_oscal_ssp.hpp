#pragma once

#include "domain/vvt/statement.hpp"

#include <string>

namespace bolwerk::report::vvt {

/// The VvT as an OSCAL 1.1 system security plan in JSON
/// (https://pages.nist.gov/OSCAL/reference/1.1.2/system-security-plan/json-outline/).
/// The "system" is the organisation's ISMS within its scope:
/// - metadata: title, last-modified (generation time), version (the VvT version),
///   oscal-version, the organisation and (when approved) the approving bestuurder as
///   parties, props for the VvT status and the canonical digest;
/// - import-profile: "#uuid" of a back-matter resource naming the catalog version
///   (Bolwerk exports the catalog, report/oscal, but no profile yet);
/// - system-characteristics: system-ids, name, the scope statement as description,
///   one information type per process in scope, status operational, the scope with its
///   exclusions as authorization boundary;
/// - system-implementation: one user (the organisation's staff), a "this-system"
///   component for the ISMS and a component per information system in scope
///   ("software"), interface ("interconnection") and location ("physical");
/// - control-implementation: one implemented-requirement per ISO 27002 control
///   (control-id "iso-5.1", as in the OSCAL catalog export) with props for
///   applicability, reasons and implementation and a by-component on the ISMS whose
///   implementation-status follows the control's implementation (an excluded control:
///   "not-applicable" with its justification); after it one implemented-requirement
///   per overheidsmaatregel of that control (control-id "bio2-5.01.01", a child
///   control in the catalog export) whose by-component carries the status as
///   implementation-status and opzet/bestaan/werking, owner, maturity, target date
///   and risk reference as props in Bolwerk's namespace.
/// UUIDs are name-based (report::oscal::name_based_uuid), so the same version gives
/// the same document.
std::string statement_oscal_ssp_json(domain::vvt::StatementOfApplicability const& statement);

/// The namespace of Bolwerk's own OSCAL props.
constexpr std::string_view bolwerk_oscal_namespace = "https://bolwerk.nl/ns/oscal";

} // namespace bolwerk::report::vvt
