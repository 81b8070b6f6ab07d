package org.linli.audit;

import java.io.PrintStream;

import org.linli.shared.DataScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' check of the audit log: {@code --linli.audit.verify} verifies the whole hash chain,
 * prints the head as an anchor ({@code seq:hash}, to be noted down outside the database) and every
 * break found; {@code --linli.audit.verify=seq:hash} also checks that an anchor noted earlier is
 * still in the chain, which a rewrite that recomputed every hash after it cannot fake. Exits with 0
 * when the chain is intact (and holds the anchor), 1 when it is not.
 */
@Component
@Order(0)
class ChainCommand implements ApplicationRunner {

    static final String OPTION = "linli.audit.verify";

    private final AuditChain chain;
    private final ConfigurableApplicationContext context;

    ChainCommand(AuditChain chain, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        String anchor = args.getOptionValues(OPTION).stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
        int code = report(System.out, anchor);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Prints the verification (and whether the chain holds {@code anchor}, unless null); returns the exit code. */
    int report(PrintStream out, String anchor) {
        AuditChain.Verification v = chain.verify(DataScope.COUNTRY);
        out.printf("审计日志哈希链校验：共 %d 条；当前锚点（请另行保存）：%d:%s%n", v.checked(), v.headSeq(), v.headHash());
        boolean held = anchor == null || chain.holds(anchor);
        if (anchor != null) {
            out.println(held ? "锚点 " + anchor + " 仍在链上。" : "锚点 " + anchor + " 不在链上：此前的记录已被改写，且其后的哈希被重算。");
        }
        if (v.intact()) {
            out.println("完好：没有记录被篡改、删除或插入。");
        } else {
            out.printf("发现 %d 处问题：%n", v.total());
            v.breaks().forEach(b -> out.printf("  %s 第 %s 条（id %d，%s，%s %s）：%s%n", b.kind().label,
                    b.seq() == null ? "-" : b.seq(), b.id(), b.at(), b.actor(), b.actionLabel(), b.what()));
        }
        return v.intact() && held ? 0 : 1;
    }
}
