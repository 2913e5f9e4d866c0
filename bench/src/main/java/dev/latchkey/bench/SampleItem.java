package dev.latchkey.bench;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.NewItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One generated keychain item, kept as plain values so the same record can be stored in a
 * Latchkey keychain and written as a KeePass entry. Benchmark data only: the "secrets" are
 * random strings nobody uses.
 */
record SampleItem(ItemClass itemClass, String label, String service, String server, String account,
        String protocol, int port, String path, String comment, String description, List<String> urls,
        List<String> tags, String secret) {

    NewItem toNewItem() {
        ItemAttributes.Builder b = ItemAttributes.builder()
                .set(Attribute.LABEL, label)
                .set(Attribute.SERVICE, service)
                .set(Attribute.SERVER, server)
                .set(Attribute.ACCOUNT, account)
                .set(Attribute.PROTOCOL, protocol)
                .set(Attribute.PATH, path)
                .set(Attribute.COMMENT, comment)
                .set(Attribute.DESCRIPTION, description)
                .set(Attribute.URLS, urls)
                .set(Attribute.TAGS, tags);
        if (port > 0) {
            b.set(Attribute.PORT, port);
        }
        return new NewItem(itemClass, b.build(), Secret.copyOf(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The lower-cased text Latchkey's free-text search looks at (label, account, service,
     * server, comment, kind, path, URLs, tags), to check result counts independently.
     */
    String searchableText() {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {label, account, service, server, comment, description, path}) {
            if (s != null) {
                sb.append(s).append('\n');
            }
        }
        urls.forEach(u -> sb.append(u).append('\n'));
        tags.forEach(t -> sb.append(t).append('\n'));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The URL a KeePass entry gets: the first URL, else the server. */
    String primaryUrl() {
        if (!urls.isEmpty()) {
            return urls.get(0);
        }
        return server == null ? "" : "https://" + server + "/";
    }
}
