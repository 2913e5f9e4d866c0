package dev.latchkey.app.cli;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import java.util.List;
import picocli.CommandLine.Option;

/** The attribute options that both select and describe items, per item class (picocli mixins). */
final class ItemFields {
    private ItemFields() {
    }

    /** Attributes of an item class as options. */
    interface Selector {
        ItemClass itemClass();

        /** The given options as attribute values (null for options not given). */
        List<Object[]> values();

        default ItemQuery query() {
            ItemQuery q = ItemQuery.of(itemClass());
            for (Object[] v : values()) {
                q = q.where((Attribute) v[0], v[1]);
            }
            return q;
        }

        default boolean isEmpty() {
            return values().stream().allMatch(v -> v[1] == null);
        }

        default ItemAttributes.Builder attributes() {
            ItemAttributes.Builder b = ItemAttributes.builder();
            for (Object[] v : values()) {
                b.set((Attribute) v[0], v[1]);
            }
            return b;
        }
    }

    static final class Generic implements Selector {
        @Option(names = "-s", paramLabel = "SERVICE", description = "Service name.") String service;
        @Option(names = "-a", paramLabel = "ACCOUNT", description = "Account name.") String account;
        @Option(names = "-l", paramLabel = "LABEL", description = "Label (the name shown in lists).") String label;

        @Override
        public ItemClass itemClass() {
            return ItemClass.GENERIC_PASSWORD;
        }

        @Override
        public List<Object[]> values() {
            return List.of(new Object[] {Attribute.SERVICE, service}, new Object[] {Attribute.ACCOUNT, account},
                    new Object[] {Attribute.LABEL, label});
        }
    }

    static final class Internet implements Selector {
        @Option(names = "-s", paramLabel = "SERVER", description = "Server name, e.g. example.com.") String server;
        @Option(names = "-a", paramLabel = "ACCOUNT", description = "Account name.") String account;
        @Option(names = "-r", paramLabel = "PROTOCOL", description = "Protocol, e.g. htps, http, ftp, smtp.")
        String protocol;
        @Option(names = "-P", paramLabel = "PORT", description = "Port number.") Integer port;
        @Option(names = "-p", paramLabel = "PATH", description = "Path on the server.") String path;
        @Option(names = "-d", paramLabel = "DOMAIN", description = "Security domain (realm).") String securityDomain;
        @Option(names = "-t", paramLabel = "AUTHTYPE", description = "Authentication type, e.g. form, dflt.")
        String authType;
        @Option(names = "-l", paramLabel = "LABEL", description = "Label (the name shown in lists).") String label;

        @Override
        public ItemClass itemClass() {
            return ItemClass.INTERNET_PASSWORD;
        }

        @Override
        public List<Object[]> values() {
            return List.of(new Object[] {Attribute.SERVER, server}, new Object[] {Attribute.ACCOUNT, account},
                    new Object[] {Attribute.PROTOCOL, protocol}, new Object[] {Attribute.PORT, port},
                    new Object[] {Attribute.PATH, path}, new Object[] {Attribute.SECURITY_DOMAIN, securityDomain},
                    new Object[] {Attribute.AUTHENTICATION_TYPE, authType}, new Object[] {Attribute.LABEL, label});
        }
    }

    /** Options only adding an item takes. */
    static final class Extra {
        @Option(names = "-j", paramLabel = "COMMENT", description = "Comment.") String comment;
        @Option(names = "-D", paramLabel = "KIND", description = "Kind (description), e.g. \"Wi-Fi password\".")
        String kind;
        @Option(names = "--url", paramLabel = "URL", description = "A web address for AutoFill (repeatable).")
        List<String> urls;
        @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeatable).") List<String> tags;
        @Option(names = "--require-password",
                description = "Ask for the keychain password before revealing or copying this item.")
        boolean requirePassword;

        ItemAttributes.Builder applyTo(ItemAttributes.Builder b) {
            b.set(Attribute.COMMENT, comment).set(Attribute.DESCRIPTION, kind)
                    .set(Attribute.URLS, urls).set(Attribute.TAGS, tags);
            if (requirePassword) {
                b.set(Attribute.REQUIRE_PASSWORD, true);
            }
            return b;
        }
    }
}
