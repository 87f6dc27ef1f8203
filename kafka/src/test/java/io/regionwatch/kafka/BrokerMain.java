package io.regionwatch.kafka;

/** A throwaway broker for trying {@code regionwatch kafka} by hand: prints its bootstrap address, runs until killed. */
public final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedKraftBroker broker = EmbeddedKraftBroker.start()) {
            for (String spec : args) {
                String[] nameAndPartitions = spec.split(":");
                broker.createTopic(nameAndPartitions[0], Integer.parseInt(nameAndPartitions[1]));
            }
            System.out.println("bootstrap " + broker.bootstrap());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
