package com.xads.creatives.sandbox.auth;

import com.xads.creatives.sandbox.engine.ApiException;

/** A user reaches only the ads accounts it owns; any other account is the API's 403 ACCOUNT_NOT_FOUND. */
public final class AccountAccess {

    public void require(SandboxUsers.User user, String account) {
        if (!user.accounts().contains(account)) {
            throw ApiException.of(403, "ACCOUNT_NOT_FOUND", "account_id",
                    "User " + user.id() + " is not allowed to access account " + account);
        }
    }
}
