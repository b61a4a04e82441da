#pragma once

#include "cli/command.hpp"

/// The subcommands, one file each; command_table.cpp lists them.
namespace bolwerk::cli {

Result<void> run_version(CommandContext& context);
Result<void> run_migrate(CommandContext& context);
Result<void> run_demo(CommandContext& context);
Result<void> run_assessment_show(CommandContext& context);
Result<void> run_assessment_start(CommandContext& context);
Result<void> run_assessment_set_control(CommandContext& context);
Result<void> run_assessment_set_measure(CommandContext& context);
Result<void> run_assessment_migrate(CommandContext& context);
Result<void> run_assessment_freeze(CommandContext& context);
Result<void> run_assessment_snapshots(CommandContext& context);
Result<void> run_assessment_compare(CommandContext& context);
Result<void> run_org_create(CommandContext& context);
Result<void> run_org_list(CommandContext& context);
Result<void> run_org_show(CommandContext& context);
Result<void> run_audit_verify(CommandContext& context);
Result<void> run_audit_keygen(CommandContext& context);
Result<void> run_audit_checkpoint(CommandContext& context);
Result<void> run_backup(CommandContext& context);
Result<void> run_restore(CommandContext& context);
Result<void> run_catalog_import(CommandContext& context);
Result<void> run_catalog_list(CommandContext& context);
Result<void> run_catalog_show(CommandContext& context);
Result<void> run_catalog_diff(CommandContext& context);
Result<void> run_catalog_export(CommandContext& context);
Result<void> run_serve(CommandContext& context);
// Incidents (issue #15).
Result<void> run_incident_report(CommandContext& context);
Result<void> run_incident_list(CommandContext& context);
Result<void> run_incident_show(CommandContext& context);
Result<void> run_incident_note(CommandContext& context);
Result<void> run_incident_decide(CommandContext& context);
Result<void> run_incident_sent(CommandContext& context);
Result<void> run_risk_add(CommandContext& context);
Result<void> run_risk_list(CommandContext& context);
Result<void> run_risk_show(CommandContext& context);
Result<void> run_risk_accept(CommandContext& context);
Result<void> run_risk_tasks(CommandContext& context);
Result<void> run_risk_heatmap(CommandContext& context);
Result<void> run_risk_export(CommandContext& context);
Result<void> run_evidence_add(CommandContext& context);
Result<void> run_evidence_list(CommandContext& context);
Result<void> run_evidence_show(CommandContext& context);
Result<void> run_evidence_link(CommandContext& context);
Result<void> run_risk_import(CommandContext& context);
Result<void> run_risk_methodology(CommandContext& context);
Result<void> run_vvt_export(CommandContext& context);
Result<void> run_vvt_scope_show(CommandContext& context);
Result<void> run_vvt_scope_set(CommandContext& context);
Result<void> run_vvt_freeze(CommandContext& context);
Result<void> run_vvt_versions(CommandContext& context);
Result<void> run_vvt_diff(CommandContext& context);
Result<void> run_vvt_approve(CommandContext& context);
Result<void> run_vvt_publish(CommandContext& context);
Result<void> run_vvt_unpublish(CommandContext& context);
Result<void> run_vvt_publication(CommandContext& context);
Result<void> run_system_add(CommandContext& context);
Result<void> run_system_list(CommandContext& context);
Result<void> run_user_create(CommandContext& context);
Result<void> run_user_disable(CommandContext& context);
Result<void> run_user_enable(CommandContext& context);
Result<void> run_user_reset_password(CommandContext& context);
Result<void> run_user_revoke_role(CommandContext& context);
Result<void> run_catalog_inspect(CommandContext& context);
Result<void> run_catalog_mapping(CommandContext& context);
Result<void> run_catalog_scope_set(CommandContext& context);
Result<void> run_catalog_scope_list(CommandContext& context);
// Issue #14: the supplier register.
Result<void> run_supplier_list(CommandContext& context);
Result<void> run_supplier_show(CommandContext& context);
Result<void> run_supplier_add(CommandContext& context);
Result<void> run_supplier_service_add(CommandContext& context);
Result<void> run_supplier_contract_add(CommandContext& context);
Result<void> run_supplier_contract_activate(CommandContext& context);
Result<void> run_supplier_disclosure(CommandContext& context);
Result<void> run_supplier_concentration(CommandContext& context);

} // namespace bolwerk::cli
