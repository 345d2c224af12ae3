package com.xads.creatives.sandbox.http;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

import java.io.IOException;

/**
 * Declines the cleartext HTTP/2 upgrade ({@code Upgrade: h2c}) that Java's own HttpClient asks for by default: the
 * request is answered over HTTP/1.1 as if it had not asked, as RFC 9113 lets a server do. Grizzly would otherwise
 * treat the request as an upgrade, stop reading its body by its Content-Length, and answer a POST with an empty 500
 * after the read timed out (30 s). The HTTP codec tells the filters after it about an upgrade, synchronously, just
 * before it decides how to read the body, so this filter sits right after the codec.
 */
public final class H2cUpgradeFilter extends BaseFilter implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder chain) {
        chain.add(chain.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class) + 1, this);
    }

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            if ("h2c".equalsIgnoreCase(header.getUpgrade())) {
                header.setIgnoreContentModifiers(false);
                header.getUpgradeDC().recycle();
                header.getHeaders().removeHeader(Header.Upgrade);
                header.getHeaders().removeHeader("HTTP2-Settings");
            }
        }
        return ctx.getInvokeAction();
    }
}
