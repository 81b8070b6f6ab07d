package org.linli.consultation;

/** A consultation step the rules refuse, with the reason in Chinese. */
public class ConsultationRejected extends RuntimeException {

    public ConsultationRejected(String reason) {
        super(reason);
    }
}
