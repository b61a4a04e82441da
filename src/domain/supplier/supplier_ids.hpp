#pragma once

#include "common/id.hpp"

// The typed ids of the supplier module (issue #14). They live here rather than in
// common/id.hpp because only the supplier module and the layers above it name them.
namespace bolwerk {

struct SupplierTag;
struct DeliveredServiceTag;
struct ContractTag;
struct ChainNodeTag;
struct AssuranceReportTag;
struct SupplierReviewTag;
struct OwnValidationTag;
struct QuestionnaireTag;
struct PortalInvitationTag;

using SupplierId = Id<SupplierTag>;
using DeliveredServiceId = Id<DeliveredServiceTag>;
using ContractId = Id<ContractTag>;
using ChainNodeId = Id<ChainNodeTag>;
using AssuranceReportId = Id<AssuranceReportTag>;
using SupplierReviewId = Id<SupplierReviewTag>;
using OwnValidationId = Id<OwnValidationTag>;
using QuestionnaireId = Id<QuestionnaireTag>;
using PortalInvitationId = Id<PortalInvitationTag>;

} // namespace bolwerk
