#include "domain/governance/in_control_statement.hpp"

#include "common/named_enum.hpp"

namespace bolwerk::domain::governance {

namespace {

using assessment::AspectResult;

constexpr std::array stage_names{EnumName<IcvStage>{IcvStage::Draft, "draft"},
    EnumName<IcvStage>{IcvStage::Coordinated, "coordinated"}, EnumName<IcvStage>{IcvStage::Signed, "signed"}};

void count(Share& share, AspectResult result)
{
    ++share.whole;
    share.part += result == AspectResult::Compliant ? 1 : 0;
}

} // namespace

std::string_view to_string(IcvStage stage) { return enum_name(stage_names, stage); }

IcvFigures icv_figures(IcvInput const& input)
{
    IcvFigures figures{input.year};
    for (auto const& measure : input.measures) {
        if (!measure.applicable)
            continue;
        count(figures.design, measure.design);
        count(figures.existence, measure.existence);
        count(figures.operation, measure.operation);
    }
    for (auto const& risk : input.risks) {
        if (!risk.high || !risk.open)
            continue;
        ++figures.open_high_risks;
        figures.open_high_risks_accepted += risk.accepted ? 1 : 0;
    }
    for (auto const& finding : input.findings)
        figures.major_findings_open += finding.open && finding.severity == FindingSeverity::Major ? 1 : 0;
    figures.vvt_exceptions = input.vvt_exceptions;
    return figures;
}

Result<void> check_icv_step(IcvStage from, IcvStage to, Role actor)
{
    if (from == IcvStage::Signed)
        return Error::conflict("a signed In Control Verklaring cannot change");
    if (from == IcvStage::Draft && to == IcvStage::Coordinated)
        return actor == Role::Ciso ? ok() : Error::forbidden("the CISO coordinates the In Control Verklaring");
    if (from == IcvStage::Coordinated && to == IcvStage::Signed)
        return actor == Role::Bestuurder ? ok() : Error::forbidden("a bestuurder signs the In Control Verklaring");
    if (from == IcvStage::Coordinated && to == IcvStage::Draft)
        return actor == Role::Ciso || actor == Role::Bestuurder
            ? ok()
            : Error::forbidden("the CISO or a bestuurder sends the statement back");
    return Error::conflict("an In Control Verklaring cannot go from " + std::string(to_string(from)) + " to "
        + std::string(to_string(to)));
}

} // namespace bolwerk::domain::governance
