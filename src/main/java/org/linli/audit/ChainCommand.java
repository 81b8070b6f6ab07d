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
 * prints the head (to be noted down elsewhere: a later check can compare it) and every break found,
 * and exits with 0 when the chain is intact, 1 when it is not.
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
        int code = report(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Prints the verification; returns the exit code. */
    int report(PrintStream out) {
        AuditChain.Verification v = chain.verify(DataScope.COUNTRY);
        out.printf("审计日志哈希链校验：共 %d 条，链头第 %d 条 %s%n", v.checked(), v.headSeq(), v.headHash());
        if (v.intact()) {
            out.println("完好：没有记录被篡改、删除或插入。");
        } else {
            out.printf("发现 %d 处问题：%n", v.total());
            v.breaks().forEach(b -> out.printf("  %s 第 %s 条（id %d，%s，%s %s）：%s%n", b.kind().label,
                    b.seq() == null ? "-" : b.seq(), b.id(), b.at(), b.actor(), b.actionLabel(), b.what()));
        }
        return v.intact() ? 0 : 1;
    }
}
