package org.linli.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log: who did what, when, to what. Writers call it inside their own
 * transaction so a change and its record commit or roll back together.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    AuditLog(AuditStore store) {
        this.store = store;
    }

    /** Records an action by the signed-in user. */
    public void record(String action, String target, String scopePath, String detail) {
        recordAs(currentActor(), action, target, scopePath, detail);
    }

    public void recordAs(String actor, String action, String target, String scopePath, String detail) {
        store.append(actor, action, target, scopePath == null ? "/" : scopePath, detail);
    }

    /** Entries within a scope, newest first, optionally of one action only ({@code ""} for all). */
    public List<Entry> recent(DataScope scope, String actionFilter, int page, int size) {
        return store.recent(scope, actionFilter == null ? "" : actionFilter, size, page * size);
    }

    public long count(DataScope scope, String actionFilter) {
        return store.count(scope, actionFilter == null ? "" : actionFilter);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** Chinese names of the recorded actions, for the audit page and its filter. */
    public static final java.util.Map<String, String> ACTIONS = java.util.Collections.unmodifiableMap(
            new java.util.TreeMap<>(java.util.Map.ofEntries(
                    java.util.Map.entry("SIGN_IN", "登录"),
                    java.util.Map.entry("SIGN_IN_FAILED", "登录失败"),
                    java.util.Map.entry("SIGN_IN_REFUSED", "拒绝登录"),
                    java.util.Map.entry("SIGN_OUT", "退出"),
                    java.util.Map.entry("PLACE_CREATE", "新建网格/小区/楼栋"),
                    java.util.Map.entry("PLACE_UPDATE", "修改网格/小区/楼栋"),
                    java.util.Map.entry("DIVISION_IMPORT", "导入行政区划"),
                    java.util.Map.entry("DIVISION_SHAPE_IMPORT", "导入边界"), java.util.Map.entry("DIVISION_SHAPE_SAVE", "绘制边界"),
                    java.util.Map.entry("ACCOUNT_CREATE", "新建账户"),
                    java.util.Map.entry("ACCOUNT_UPDATE", "修改账户"),
                    java.util.Map.entry("GRID_ASSIGN", "分配网格员"),
                    java.util.Map.entry("PASSWORD_CHANGE", "修改密码"),
                    java.util.Map.entry("PASSWORD_RESET", "重置密码"),
                    java.util.Map.entry("SIZING_RULE_CREATE", "设定规模参数"),
                    java.util.Map.entry("SIZING_RULE_UPDATE", "修改规模参数"),
                    java.util.Map.entry("RULE_SET", "设定规则"), java.util.Map.entry("RULE_CANCEL", "撤销规则设定"),
                    java.util.Map.entry("PERSONAL_DATA_REVEAL", "查看个人信息"),
                    java.util.Map.entry("RESIDENT_UPDATE", "修改居民信息"),
                    java.util.Map.entry("PERSONAL_DATA_EXPORT", "导出个人信息"),
                    java.util.Map.entry("PERSONAL_DATA_SEARCH", "按证件号/手机号查找"),
                    java.util.Map.entry("PERSONAL_DATA_SEARCH_REFUSED", "查找次数超限"),
                    java.util.Map.entry("RESIDENT_IMPORT", "导入居民"),
                    java.util.Map.entry("BENEFIT_ROSTER_IMPORT", "导入享受名册"),
                    java.util.Map.entry("RESIDENT_TAG", "居民标签"),
                    java.util.Map.entry("RESIDENT_CREATE", "登记居民"),
                    java.util.Map.entry("ORGANISATION_SAVE", "登记单位"),
                    java.util.Map.entry("COMMITTEE_ENTITY_SAVE", "居村委会法人信息"),
                    java.util.Map.entry("DWELLING_UPDATE", "修改房屋信息"),
                    java.util.Map.entry("CASE_OPEN", "登记诉求"),
                    java.util.Map.entry("CASE_MOVE", "诉求流转"),
                    java.util.Map.entry("CASE_SUMMON", "街道吹哨"),
                    java.util.Map.entry("CASE_DISPATCH", "派单至网格"), java.util.Map.entry("CASE_TAKE", "网格员接单"),
                    java.util.Map.entry("CASE_PHONE_SEARCH", "按手机号查找诉求"), java.util.Map.entry("CASE_EXPORT", "导出诉求"),
                    java.util.Map.entry("CASE_CHECK_IN", "部门报到"),
                    java.util.Map.entry("CASE_REPORT_BACK", "部门反馈"),
                    java.util.Map.entry("CASE_EXTENSION_REQUEST", "申请延期"),
                    java.util.Map.entry("CASE_EXTENSION_DECIDE", "审批延期"),
                    java.util.Map.entry("CASE_RATE", "诉求评价"),
                    java.util.Map.entry("CASE_CATEGORY", "诉求类别与时限"),
                    java.util.Map.entry("DISCLOSURE_PUBLISH", "居村务公开"),
                    java.util.Map.entry("TOPIC_PROPOSE", "提出议题"),
                    java.util.Map.entry("TOPIC_REVIEW", "议题预审"),
                    java.util.Map.entry("TOPIC_STAGE", "议事程序"),
                    java.util.Map.entry("MEETING", "会议表决"),
                    java.util.Map.entry("TASK_CREATE", "建立实施任务"),
                    java.util.Map.entry("TASK_UPDATE", "更新实施任务"),
                    java.util.Map.entry("TOPIC_EVALUATE", "议事决策评价"),
                    java.util.Map.entry("TOPIC_RECTIFY", "议题整改"),
                    java.util.Map.entry("CONSULTATION_PUBLISH", "发布征求意见稿"),
                    java.util.Map.entry("CONSULTATION_COMMENT", "提出意见"),
                    java.util.Map.entry("CONSULTATION_ANSWER", "答复意见"),
                    java.util.Map.entry("CONSULTATION_REPORT", "发布意见反馈报告"),
                    java.util.Map.entry("MATTER_SAVE", "议事协商事项目录"),
                    java.util.Map.entry("ASSEMBLY", "召集会议"),
                    java.util.Map.entry("ASSEMBLY_SIGN_IN", "会议签到"),
                    java.util.Map.entry("ASSEMBLY_BALLOT", "线上表决"),
                    java.util.Map.entry("REPRESENTATIVE", "代表名册"),
                    java.util.Map.entry("RESIDENT_BIND", "实名认证"),
                    java.util.Map.entry("RESIDENT_BIND_FAILED", "实名认证失败"),
                    java.util.Map.entry("CASE_REPORTER_REVEAL", "查看诉求人电话"),
                    java.util.Map.entry("CALENDAR_DAY", "设定节假日"),
                    java.util.Map.entry("CALENDAR_HOURS", "设定工作时间"),
                    java.util.Map.entry("DEPARTMENT_SAVE", "职能部门"),
                    java.util.Map.entry("WORK_ITEM_APPLY", "申请事项准入"), java.util.Map.entry("WORK_ITEM_DECIDE", "审核事项准入"), java.util.Map.entry("UNADMITTED_REPORT", "反映未准入事项"), java.util.Map.entry("BURDEN_SAVE", "减负清单"),
                    java.util.Map.entry("LINKAGE_LIST", "需求与资源清单"), java.util.Map.entry("LINKAGE_PROJECT", "服务项目"), java.util.Map.entry("LINKAGE_FILING", "社会组织备案"), java.util.Map.entry("LINKAGE_WORKER", "社会工作者"), java.util.Map.entry("LINKAGE_FUND", "社区基金记账"),
                    java.util.Map.entry("API_KEY_CREATE", "新建接口密钥"),
                    java.util.Map.entry("API_KEY_REVOKE", "停用接口密钥"))));

    public record Entry(long id, OffsetDateTime at, String actor, String action, String target,
                        String scopePath, String detail) {

        public java.time.LocalDateTime localAt() {
            return org.linli.shared.Times.local(at);
        }

        public String actionLabel() {
            return ACTIONS.getOrDefault(action, action);
        }
    }
}
