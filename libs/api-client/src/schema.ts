// Generated from openapi.json by openapi-typescript (make openapi). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL and Temporal reachable */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working calendar of a year */
        get: operations["getCalendarYear"];
        /** Replace a year's holidays and make-up working days */
        put: operations["replaceCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{year}/replan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of the re-plan after a year's last change */
        get: operations["getCalendarReplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/unread-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of the caller's notifications are unread, in all and per item
         * @description The inbox badge (`total`) and, for a page of a list, the unread reminders of each of its items (`items=` the page’s ids): one request per page.
         */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{token}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password with an invitation link, and sign in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List items
         * @description Filters combine (all must hold). The 待审核 queue of a supervising unit: `awaiting=any&supervisingUnit=<unit>&sort=waiting`; a department’s items: `responsibleUnit=<unit>`.
         */
        get: operations["listItems"];
        put?: never;
        /** File an item (建档立案) and start its workflow */
        post: operations["fileItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an item */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an assignment (签收) */
        post: operations["acknowledgeItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/closure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply for closure with evidence (销号申请) */
        post: operations["requestClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate an item by hand (预警 → 问责) */
        post: operations["escalateItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/escalations/{level}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a proposed escalation */
        post: operations["confirmEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/escalations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview an escalation by hand: the document number it would get
         * @description What `POST /v1/items/{id}/escalations` with this level would do now, without doing it: refused with the same problem the escalation would get (403 not a leader over the item, 409 not higher than the current level, or the item closed), otherwise the document (督办单, 约谈通知书) and the number it would get, e.g. 约谈〔2026〕3号. The number may change if someone else escalates first (any item, to a level of the same kind); the escalation records the number it gets.
         */
        get: operations["previewEscalation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's event log: the audit trail */
        get: operations["listItemEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request an extension (延期申请) */
        post: operations["requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/extension-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject an extension request */
        post: operations["decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/objection-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the objection that sent the item back to work (答复异议) */
        post: operations["answerObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object during the public notice (公示) */
        post: operations["objectToClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress (进展) */
        post: operations["reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/reassignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign an item to another responsible unit */
        post: operations["reassignItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/revisits/{revisitId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a revisit result (回头看) */
        post: operations["recordRevisitResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject the work (验收) */
        post: operations["verifyItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notification channels */
        get: operations["getMyChannels"];
        /** Replace the caller's notification channels */
        put: operations["replaceMyChannels"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people */
        get: operations["listPeople"];
        put?: never;
        /** Create a person and an invitation link */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a person */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a person */
        post: operations["disablePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a person again */
        post: operations["enablePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new invitation link (re-invite, reset the password) */
        post: operations["invitePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the plans (整改方案) the caller may open */
        get: operations["listPlans"];
        put?: never;
        /** Issue a rectification plan (整改方案) */
        post: operations["issuePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a plan with its progress counts */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/cockpit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 领导驾驶舱: a plan at a glance, each number with the item list behind it
         * @description The plan’s items in the caller’s scope (a leader: those of its units; the plan itself is a 404 when neither its owner unit nor any of its items is in scope): counts by status, light, overdue, escalation level and awaiting confirmation, each with the `GET /v1/items` query that lists exactly those items; the units of the plan in the latest monthly bulletin’s ranking; the trend of the last 12 ISO weeks (Asia/Shanghai).
         */
        get: operations["getPlanCockpit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/items:import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a plan's items from a spreadsheet */
        post: operations["importPlanItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's ledger (台账) as JSON, CSV or XLSX */
        get: operations["getPlanLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List principals */
        get: operations["listPrincipals"];
        put?: never;
        /** Create a principal with an API key */
        post: operations["createPrincipal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a principal */
        get: operations["getPrincipal"];
        put?: never;
        post?: never;
        /** Revoke a principal and its key */
        delete: operations["revokePrincipal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a principal's API key */
        post: operations["rotatePrincipalKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/bulletin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly bulletin (月通报) */
        get: operations["getMonthlyBulletin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly dispatch (周调度) */
        get: operations["getWeeklyDispatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["getSession"];
        put?: never;
        /** Sign in with login and password */
        post: operations["signIn"];
        /** Sign out */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people may sign in */
        get: operations["getSignInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in at the OIDC provider (统一身份认证): a redirect to it */
        get: operations["startOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OIDC provider's redirect back: signs the person in */
        get: operations["finishOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out everywhere */
        delete: operations["signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List units */
        get: operations["listUnits"];
        put?: never;
        /** Create a unit (单位) */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook subscriptions */
        get: operations["listWebhooks"];
        put?: never;
        /** Subscribe a webhook */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook subscription */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook subscription */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook subscription's delivery log */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a delivery again */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            /** @description the new password: at least 10 characters, not the login (422 weak-password otherwise) */
            password: string;
        };
        AcknowledgeDto: Record<string, never>;
        /** @description 月通报: units ranked by on-time closure and reporting timeliness */
        BulletinReport: {
            bottom: {
                name: string;
                unitId: string;
            }[];
            /** Format: date-time */
            computedAt: string;
            /** Format: date-time */
            cutoff: string;
            /** Format: date-time */
            from: string;
            /** @constant */
            kind: "bulletin";
            period: string;
            /** @constant */
            timezone: "Asia/Shanghai";
            units: {
                /** @description 排名靠后: named in the bulletin */
                bottom: boolean;
                closedOnTime: number;
                dueByCutoff: number;
                escalations: {
                    accountability: number;
                    bulletin: number;
                    summons: number;
                    supervision: number;
                    warning: number;
                };
                items: number;
                name: string;
                /** @description null when nothing was due */
                onTimeClosureRate: number | null;
                overdue: number;
                rank: number;
                relapsed: number;
                /** @description null when nothing was due */
                reportingTimeliness: number | null;
                reportsMade: number;
                reportsMissed: number;
                unitId: string;
            }[];
        };
        CalendarDayDto: {
            /**
             * Format: date
             * @example 2026-02-16
             */
            date: string;
            /**
             * @description the festival the day belongs to
             * @example 春节
             */
            name: string;
        };
        CalendarReplanDto: {
            /**
             * @description the version of the stream calendar-<year> that the change recorded
             * @example 2
             */
            calendarVersion: number;
            /**
             * @description whether every item has been handled (replanned + unchanged + failed = total)
             * @example true
             */
            done: boolean;
            /**
             * @description items still unreachable after every retry: their timers follow the calendar they had
             * @example 0
             */
            failed: number;
            /**
             * @description items that recorded CalendarApplied: their timers follow the new calendar
             * @example 12
             */
            replanned: number;
            /**
             * @description open items whose timers can reach into the year when the re-plan started
             * @example 12
             */
            total: number;
            /**
             * @description items that refused or had nothing to record (closed or consolidated since)
             * @example 0
             */
            unchanged: number;
            /**
             * @description the Temporal workflow id of the re-plan
             * @example calendar-replan-2026-v2
             */
            workflowId: string;
            /** @example 2026 */
            year: number;
        };
        CalendarYearDto: {
            /** @description holidays in date order; other days follow the week (Mon–Fri work) */
            holidays: components["schemas"]["CalendarDayDto"][];
            /** @description make-up working days in date order */
            workdays: components["schemas"]["CalendarDayDto"][];
            /** @example 2026 */
            year: number;
        };
        ChannelDto: {
            address: string;
            /** @enum {string} */
            channel: "email" | "webhook" | "dingtalk" | "wecom";
            enabled: boolean;
            /** @description whether a secret is set (secrets are never returned) */
            hasSecret: boolean;
        };
        ChannelPreferenceDto: {
            /**
             * @description an email address for email; for webhook, dingtalk and wecom an https URL that resolves to public addresses only (no loopback, private, link-local … networks)
             * @example https://oapi.dingtalk.com/robot/send?access_token=…
             */
            address: string;
            /** @enum {string} */
            channel: "email" | "webhook" | "dingtalk" | "wecom";
            /** @default true */
            enabled?: boolean | null;
            /** @description webhook: the HMAC-SHA256 key of X-Closeloop-Signature; dingtalk: the robot signing secret (SEC…). Never returned. Left out: the secret this channel already has is kept; null: cleared. */
            secret?: string | null;
        };
        ChannelsDto: {
            channels: components["schemas"]["ChannelDto"][];
        };
        ClosureRequestDto: {
            /** @description at least one; the policy may require certain kinds */
            evidence: components["schemas"]["EvidenceDto"][];
            note?: string | null;
        };
        CreatedWebhookDto: {
            /** Format: date-time */
            createdAt: string;
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description the principal that owns it
             */
            principalId: string;
            /** @description the generated secret, only when none was given: shown this once */
            secret?: string;
            url: string;
        };
        CreateItemDto: {
            /**
             * @description the item number within the plan (序号); unique per plan
             * @example 3
             */
            code: string;
            /** @description cooperating units (配合单位) */
            cooperatingUnitIds?: string[] | null;
            /**
             * Format: date
             * @description due date (整改时限); omitted only for a long-term item
             * @example 2027-06-30
             */
            deadline?: string;
            /**
             * @description the inspection finding (督察反馈问题)
             * @example 部分黑臭水体整治不彻底，存在返黑返臭现象
             */
            finding: string;
            /** @description a quantitative target, reported against in progress reports */
            indicator?: components["schemas"]["IndicatorDto"] | null;
            /**
             * @description 立行立改 / 限时整改 / 长期坚持
             * @default time_bound
             * @enum {string|null}
             */
            kind?: "immediate" | "time_bound" | "long_term" | null;
            /**
             * @description the leader in charge (分管领导/包联领导)
             * @example 李四
             */
            leaderInCharge?: string | null;
            /** @description the measures (整改措施) */
            measures?: string[] | null;
            /** @description staged targets (阶段性目标) */
            milestones?: components["schemas"]["MilestoneDto"][] | null;
            /**
             * @description the plan this item belongs to (must exist)
             * @example HHHT-2020
             */
            planCode: string;
            /**
             * @description the named responsible person (责任人)
             * @example 张三
             */
            responsiblePerson?: string | null;
            /**
             * @description the responsible (lead) unit (责任单位/牵头单位)
             * @example hhht-housing
             */
            responsibleUnitId: string;
            /**
             * @description the supervising unit (督导单位/监管单位)
             * @example hhht-eco
             */
            supervisingUnitId: string;
            /**
             * @description what done means (整改目标)
             * @example 建成区黑臭水体消除比例达到100%
             */
            target: string;
            /** @example 城市建成区黑臭水体整治 */
            title: string;
        };
        CreatePersonDto: {
            /**
             * @description 2-64 lowercase letters, digits and . _ @ -, unique
             * @example bumen
             */
            login: string;
            /**
             * @description the name events and timelines show
             * @example 王立新
             */
            name: string;
            /**
             * @description the OIDC subject (`sub`) this person signs in as, when single sign-on is used
             * @example a1b2c3
             */
            oidcSubject?: string | null;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin";
            /**
             * @description the units the person acts for; required unless admin
             * @example [
             *       "hhht-water"
             *     ]
             */
            unitIds: string[];
        };
        CreatePlanDto: {
            /**
             * @description the plan code; items refer to it as planCode
             * @example HHHT-2020
             */
            id: string;
            /**
             * @description the unit that owns the plan (receives filings)
             * @example hhht
             */
            ownerUnitId: string;
            /**
             * @description durations in ISO 8601; omitted settings take the defaults (dueSoonBefore P7D, revisitAfter [P3M, P6M], no required evidence)
             * @example {
             *       "dueSoonBefore": "P7D",
             *       "publicNoticePeriod": "P5D",
             *       "revisitAfter": [
             *         "P3M",
             *         "P6M"
             *       ],
             *       "requiredEvidenceKinds": [
             *         "photo"
             *       ]
             *     }
             */
            policy?: {
                /** @description overrides per item kind (immediate, time_bound, long_term) */
                byKind?: {
                    /** @description settings that replace the plan’s for items of this kind */
                    immediate?: {
                        /**
                         * @description from this level up, an automatic escalation waits for a leader
                         * @enum {string}
                         */
                        confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                        /**
                         * @description whether day durations count natural days (default) or working days
                         * @enum {string}
                         */
                        dayCount?: "natural" | "working";
                        /**
                         * @description before the deadline: due soon (预警 window); default P7D
                         * @example P7D
                         */
                        dueSoonBefore?: string;
                        /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                        escalation?: ({
                            /** @enum {string} */
                            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            /** @description reports missed in a row */
                            missedReports?: number;
                            /** @description a revisit found a relapse and the item is not closed again */
                            onRelapse?: boolean;
                            /** @description working days past the deadline */
                            overdueWorkingDays?: number;
                        } | unknown | unknown | {
                            /** @enum {unknown} */
                            onRelapse: true;
                        })[];
                        /**
                         * @description after a closure request: public notice (公示) for objections; absent: no notice
                         * @example P5D
                         */
                        publicNoticePeriod?: string;
                        /**
                         * @description how long before a report, a milestone or the deadline the unit is reminded
                         * @example P2D
                         */
                        remindBefore?: string;
                        /**
                         * @description overrides remindBefore for milestones and the deadline
                         * @example P7D
                         */
                        remindBeforeDeadline?: string;
                        /**
                         * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                         * @example P7D
                         */
                        reportEvery?: string;
                        /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                        requiredEvidenceKinds?: string[];
                        /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                        revisitAfter?: string[];
                    };
                    /** @description settings that replace the plan’s for items of this kind */
                    long_term?: {
                        /**
                         * @description from this level up, an automatic escalation waits for a leader
                         * @enum {string}
                         */
                        confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                        /**
                         * @description whether day durations count natural days (default) or working days
                         * @enum {string}
                         */
                        dayCount?: "natural" | "working";
                        /**
                         * @description before the deadline: due soon (预警 window); default P7D
                         * @example P7D
                         */
                        dueSoonBefore?: string;
                        /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                        escalation?: ({
                            /** @enum {string} */
                            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            /** @description reports missed in a row */
                            missedReports?: number;
                            /** @description a revisit found a relapse and the item is not closed again */
                            onRelapse?: boolean;
                            /** @description working days past the deadline */
                            overdueWorkingDays?: number;
                        } | unknown | unknown | {
                            /** @enum {unknown} */
                            onRelapse: true;
                        })[];
                        /**
                         * @description after a closure request: public notice (公示) for objections; absent: no notice
                         * @example P5D
                         */
                        publicNoticePeriod?: string;
                        /**
                         * @description how long before a report, a milestone or the deadline the unit is reminded
                         * @example P2D
                         */
                        remindBefore?: string;
                        /**
                         * @description overrides remindBefore for milestones and the deadline
                         * @example P7D
                         */
                        remindBeforeDeadline?: string;
                        /**
                         * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                         * @example P7D
                         */
                        reportEvery?: string;
                        /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                        requiredEvidenceKinds?: string[];
                        /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                        revisitAfter?: string[];
                    };
                    /** @description settings that replace the plan’s for items of this kind */
                    time_bound?: {
                        /**
                         * @description from this level up, an automatic escalation waits for a leader
                         * @enum {string}
                         */
                        confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                        /**
                         * @description whether day durations count natural days (default) or working days
                         * @enum {string}
                         */
                        dayCount?: "natural" | "working";
                        /**
                         * @description before the deadline: due soon (预警 window); default P7D
                         * @example P7D
                         */
                        dueSoonBefore?: string;
                        /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                        escalation?: ({
                            /** @enum {string} */
                            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            /** @description reports missed in a row */
                            missedReports?: number;
                            /** @description a revisit found a relapse and the item is not closed again */
                            onRelapse?: boolean;
                            /** @description working days past the deadline */
                            overdueWorkingDays?: number;
                        } | unknown | unknown | {
                            /** @enum {unknown} */
                            onRelapse: true;
                        })[];
                        /**
                         * @description after a closure request: public notice (公示) for objections; absent: no notice
                         * @example P5D
                         */
                        publicNoticePeriod?: string;
                        /**
                         * @description how long before a report, a milestone or the deadline the unit is reminded
                         * @example P2D
                         */
                        remindBefore?: string;
                        /**
                         * @description overrides remindBefore for milestones and the deadline
                         * @example P7D
                         */
                        remindBeforeDeadline?: string;
                        /**
                         * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                         * @example P7D
                         */
                        reportEvery?: string;
                        /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                        requiredEvidenceKinds?: string[];
                        /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                        revisitAfter?: string[];
                    };
                };
                /**
                 * @description from this level up, an automatic escalation waits for a leader
                 * @enum {string}
                 */
                confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                /**
                 * @description whether day durations count natural days (default) or working days
                 * @enum {string}
                 */
                dayCount?: "natural" | "working";
                /**
                 * @description before the deadline: due soon (预警 window); default P7D
                 * @example P7D
                 */
                dueSoonBefore?: string;
                /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                escalation?: ({
                    /** @enum {string} */
                    level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    /** @description reports missed in a row */
                    missedReports?: number;
                    /** @description a revisit found a relapse and the item is not closed again */
                    onRelapse?: boolean;
                    /** @description working days past the deadline */
                    overdueWorkingDays?: number;
                } | unknown | unknown | {
                    /** @enum {unknown} */
                    onRelapse: true;
                })[];
                /**
                 * @description after a closure request: public notice (公示) for objections; absent: no notice
                 * @example P5D
                 */
                publicNoticePeriod?: string;
                /**
                 * @description how long before a report, a milestone or the deadline the unit is reminded
                 * @example P2D
                 */
                remindBefore?: string;
                /**
                 * @description overrides remindBefore for milestones and the deadline
                 * @example P7D
                 */
                remindBeforeDeadline?: string;
                /**
                 * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                 * @example P7D
                 */
                reportEvery?: string;
                /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                requiredEvidenceKinds?: string[];
                /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                revisitAfter?: string[];
            } | null;
            /** @example 内蒙古自治区第一生态环境保护督察组 2019年督察 */
            sourceInspection: string;
            /** @example 呼和浩特市落实自治区生态环境保护督察反馈意见整改方案 */
            title: string;
        };
        CreatePrincipalDto: {
            /**
             * @description a person or a system
             * @example 呼和浩特市水务局 整改联络员
             */
            name: string;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin" | "integrator";
            /**
             * @description the units it acts for (with all their sub-units); required unless admin
             * @example [
             *       "hhht-water"
             *     ]
             */
            unitIds: string[];
        };
        CreateUnitDto: {
            /**
             * @description stable code of the unit
             * @example hhht-eco
             */
            id: string;
            /** @enum {string} */
            kind: "department" | "district" | "discipline_body" | "plan_owner";
            /** @example 呼和浩特市生态环境局 */
            name: string;
            /**
             * @description the parent unit in the organisation tree
             * @example hhht
             */
            parentId?: string | null;
        };
        CreateWebhookDto: {
            /**
             * @description item event types, or `*` for all of them
             * @example [
             *       "ItemFiled",
             *       "EscalationRaised",
             *       "ItemClosed"
             *     ]
             */
            eventTypes: ("*" | "ItemFiled" | "ItemAssigned" | "ItemAcknowledged" | "ProgressReported" | "ExtensionRequested" | "ExtensionApproved" | "ExtensionRejected" | "ItemReassigned" | "ClosureRequested" | "PublicNoticeStarted" | "ObjectionRaised" | "ObjectionAnswered" | "PublicNoticeEnded" | "VerificationAccepted" | "VerificationRejected" | "ItemClosed" | "RevisitDue" | "RevisitConsolidated" | "ItemConsolidated" | "RelapseFound" | "ItemReopened" | "MilestoneMissed" | "DeadlineApproaching" | "ItemOverdue" | "ReminderDue" | "ReportMissed" | "EscalationRaised" | "EscalationProposed" | "EscalationSteppedDown" | "CalendarApplied")[];
            /** @description the HMAC-SHA256 key of X-Closeloop-Signature (16–500 characters); left out, one is generated and returned once */
            secret?: string | null;
            /**
             * Format: uri
             * @description the https URL the events are POSTed to; it must resolve to public addresses only (no loopback, private, link-local … networks)
             * @example https://integrator.example.gov.cn/closeloop/events
             */
            url: string;
        };
        /** @description 周调度: one row per responsible unit, and the totals */
        DispatchReport: {
            /** Format: date-time */
            computedAt: string;
            /** Format: date-time */
            cutoff: string;
            /** Format: date-time */
            from: string;
            /** @constant */
            kind: "dispatch";
            period: string;
            /** @constant */
            timezone: "Asia/Shanghai";
            totals: {
                dueThisWeek: number;
                items: number;
                notReported: number;
                open: number;
                overdue: number;
                reported: number;
                reportsMissed: number;
            };
            units: {
                dueThisWeek: number;
                items: number;
                name: string;
                notReported: number;
                open: number;
                overdue: number;
                reported: number;
                reportsMissed: number;
                unitId: string;
            }[];
        };
        EscalationDto: {
            /**
             * @description 预警 → 通报 → 督办 → 约谈 → 问责
             * @enum {string}
             */
            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
            /** @example 连续三周未报送进展 */
            reason: string;
        };
        EscalationPreviewDto: {
            /**
             * Format: date-time
             * @description when the preview was made
             */
            asOf: string;
            /**
             * @description the kind of document the escalation issues (督办单, 约谈通知书); null for a level that issues none
             * @enum {string|null}
             */
            documentKind: "督办" | "约谈" | null;
            /**
             * @description the number the document would get if the item were escalated now: the next of its yearly series. It may change if someone else escalates an item to a level of the same kind first, or the year turns; the escalation records the number it gets
             * @example 约谈〔2026〕3号
             */
            documentNumber: string | null;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
            /** @description the item version the preview was made on: send it as If-Match with the escalation */
            version: number;
        };
        EventMetadataDto: {
            /** @description the principal (a person or a key), or `system` for what the timers did */
            actorId: string;
            /** @description the principal's name when it acted (absent for the system and on events recorded before names were) */
            actorName?: string;
            /** @description the principal's own units when it acted (not the sub-units its scope takes in) */
            actorUnitIds?: string[];
            /**
             * Format: uuid
             * @description the command the event came from
             */
            commandId: string;
            /** @description the reason the actor gave */
            reason?: string;
            /** @description the request (X-Request-Id) the command came in */
            requestId?: string;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin" | "integrator" | "system";
        };
        EvidenceDto: {
            /**
             * @description photo, document, monitoring, …
             * @example photo
             */
            kind: string;
            /** @example 整改后现场照片 */
            name?: string | null;
            /**
             * @description where the evidence is kept
             * @example https://files.example.gov.cn/rectification/123.jpg
             */
            ref: string;
        };
        ExtensionDecisionDto: {
            /** @description true approves: the deadline moves (the original stays recorded) */
            approve: boolean;
            /** @description required when rejecting */
            reason?: string | null;
        };
        ExtensionRequestDto: {
            /**
             * Format: date
             * @example 2027-09-30
             */
            proposedDeadline: string;
            /** @example 受汛期影响，施工无法按期完成 */
            reason: string;
        };
        /** @description A dry run: every row checked by the decider, nothing written */
        ImportCheck: {
            errors: {
                field: string;
                message: string;
                row: number;
            }[];
            rows: number;
            unchanged: number;
            valid: number;
        };
        /** @description The rows filed (or found filed with the same content) */
        ImportResult: {
            imported: number;
            /** @description the item ids in row order */
            items: string[];
            unchanged: number;
        };
        InboxDeliveryDto: {
            /** @description failed attempts so far */
            attempts: number;
            /** @enum {string} */
            channel: "email" | "webhook" | "dingtalk" | "wecom";
            /** Format: date-time */
            deliveredAt: string | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description when the next attempt is due, while pending
             */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed";
        };
        InboxEntryDto: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            /** @description one per channel the notification goes out on */
            deliveries: components["schemas"]["InboxDeliveryDto"][];
            /**
             * Format: uuid
             * @description the event that caused it
             */
            eventId: string;
            /**
             * Format: uuid
             * @description also the X-Closeloop-Delivery header and the email Message-ID
             */
            id: string;
            /** Format: uuid */
            itemId: string | null;
            /** @example deadline-approaching */
            kind: string;
            /** Format: date-time */
            readAt: string | null;
            title: string;
        };
        InboxPageDto: {
            items: components["schemas"]["InboxEntryDto"][];
            nextCursor: string | null;
        };
        IndicatorDto: {
            /** @enum {string} */
            direction: "at_least" | "at_most";
            /** @example 秸秆综合利用率 */
            name: string;
            /** @example 85 */
            target: number;
            /** @example % */
            unit: string;
        };
        InvitationDto: {
            /**
             * Format: date-time
             * @description 7 days after it was made
             */
            expiresAt: string;
            /** @description the one-time token in the url (256 random bits; stored only as its SHA-256) */
            token: string;
            /**
             * @description the web app page that sets the password: shown this once
             * @example /invitation/3q2-…
             */
            url: string;
        };
        InvitationInfoDto: {
            /** Format: date-time */
            expiresAt: string;
            /** @example bumen */
            login: string;
            /** @example 王立新 */
            name: string;
        };
        ItemEventDto: {
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            globalPosition: number;
            metadata: components["schemas"]["EventMetadataDto"];
            /** Format: date-time */
            recordedAt: string;
            /** @example ItemFiled */
            type: string;
            version: number;
        };
        ItemEventLogDto: {
            /** @description in stream order */
            items: components["schemas"]["ItemEventDto"][];
        };
        /** @description A page of items in the order asked for */
        ItemPage: {
            items: components["schemas"]["ItemView"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description An item as every read returns it: stored once per change by the item projection */
        ItemView: {
            awaiting: {
                /**
                 * @description an extension request (延期申请), a closure request (销号申请), a revisit that fell due (回头看)
                 * @enum {string}
                 */
                kind: "extension" | "closure" | "revisit";
                /**
                 * Format: date-time
                 * @description when it began to wait for the supervising unit: the request; for a closure with a public notice, the end of the notice; for a revisit, its due time
                 */
                since: string;
            } | null;
            closedAt: string | null;
            closureRequest: {
                evidence: {
                    /** @description photo, document, monitoring, … */
                    kind: string;
                    name?: string;
                    ref: string;
                }[];
                note?: string;
                /**
                 * Format: date-time
                 * @description when the public notice (公示) ends
                 */
                noticeEndsAt?: string;
                /** Format: date-time */
                requestedAt: string;
            } | null;
            code: string;
            cooperatingUnitIds: string[];
            deadline: string | null;
            escalation: {
                /** @description e.g. 约谈〔2026〕1号 */
                documentNumbers: string[];
                level: ("warning" | "bulletin" | "supervision" | "summons" | "accountability") | null;
                proposed: ("warning" | "bulletin" | "supervision" | "summons" | "accountability") | null;
            };
            /** Format: date-time */
            filedAt: string;
            finding: string;
            /** Format: uuid */
            id: string;
            indicator: {
                /**
                 * @description whether the value must reach at least, or stay at most, the target
                 * @enum {string}
                 */
                direction: "at_least" | "at_most";
                name: string;
                target: number;
                unit: string;
            } | null;
            indicatorValue: number | null;
            /**
             * @description 立行立改, 限时整改, 长期坚持
             * @enum {string}
             */
            kind: "immediate" | "time_bound" | "long_term";
            lastReportAt: string | null;
            leaderInCharge: string | null;
            /**
             * @description 红黄绿灯
             * @enum {string}
             */
            light: "green" | "yellow" | "red";
            measures: string[];
            milestones: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD, a day in Asia/Shanghai
                 */
                due: string;
                id: string;
                missed: boolean;
                reached: boolean;
                title: string;
            }[];
            missedReportsInARow: number;
            nextReportDue: string | null;
            nextWakeUp: string | null;
            originalDeadline: string | null;
            overdue: boolean;
            pendingExtension: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD, a day in Asia/Shanghai
                 */
                proposedDeadline: string;
                reason: string;
                /** Format: date-time */
                requestedAt: string;
                /** Format: uuid */
                requestId: string;
            } | null;
            percent: number;
            planCode: string;
            rejectionCount: number;
            relapseCount: number;
            reportCount: number;
            responsiblePerson: string | null;
            responsibleUnitId: string | null;
            revisits: {
                /** Format: date-time */
                dueAt: string;
                revisitId: string;
                /** @enum {string} */
                status: "scheduled" | "due" | "consolidated" | "relapsed" | "cancelled";
            }[];
            /** @enum {string} */
            status: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
            supervisingUnitId: string | null;
            target: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the stream version: pass it as If-Match for optimistic concurrency */
            version: number;
        };
        /** @description 台账: the items of the plan in the caller’s scope */
        Ledger: {
            /** @description the Chinese headers of the CSV and XLSX forms */
            columns: string[];
            items: {
                code: string;
                deadline: string | null;
                escalationLevel: ("warning" | "bulletin" | "supervision" | "summons" | "accountability") | null;
                finding: string;
                /** Format: uuid */
                itemId: string;
                /** @enum {string} */
                kind: "immediate" | "time_bound" | "long_term";
                /** @enum {string} */
                light: "green" | "yellow" | "red";
                originalDeadline: string | null;
                overdue: boolean;
                percent: number;
                responsibleUnit: string | null;
                responsibleUnitId: string | null;
                /** @enum {string} */
                status: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                supervisingUnit: string | null;
                supervisingUnitId: string | null;
                target: string;
            }[];
            planId: string;
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        MilestoneDto: {
            /**
             * Format: date
             * @example 2027-03-31
             */
            due: string;
            /** @example m1 */
            id: string;
            /** @example 完成排查 */
            title: string;
        };
        ObjectionAnswerDto: {
            /** @example 已查明系管网渗漏，完成修复并复测达标 */
            answer: string;
        };
        ObjectionDto: {
            /** @example 群众反映仍有异味 */
            reason: string;
        };
        OidcSignInMethodDto: {
            /**
             * @description what the sign-in page calls the single sign-on button
             * @example 统一身份认证
             */
            label: string;
        };
        PersonDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description set while the person may not sign in
             */
            disabledAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description what the person signs in with
             * @example bumen
             */
            login: string;
            /** @example 王立新 */
            name: string;
            /** @description the subject (`sub`) the person signs in as through single sign-on (OIDC) */
            oidcSubject: string | null;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin";
            /**
             * @description the units the person acts for (with all their sub-units)
             * @example [
             *       "hhht-water"
             *     ]
             */
            unitIds: string[];
            /** @description the same units, named (a unit that no longer exists is left out) */
            units: components["schemas"]["UnitRefDto"][];
        };
        PersonPageDto: {
            items: components["schemas"]["PersonDto"][];
            nextCursor: string | null;
        };
        PersonWithInvitationDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description set while the person may not sign in
             */
            disabledAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description the one-time link that lets the person set a password and sign in */
            invitation: components["schemas"]["InvitationDto"];
            /**
             * @description what the person signs in with
             * @example bumen
             */
            login: string;
            /** @example 王立新 */
            name: string;
            /** @description the subject (`sub`) the person signs in as through single sign-on (OIDC) */
            oidcSubject: string | null;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin";
            /**
             * @description the units the person acts for (with all their sub-units)
             * @example [
             *       "hhht-water"
             *     ]
             */
            unitIds: string[];
            /** @description the same units, named (a unit that no longer exists is left out) */
            units: components["schemas"]["UnitRefDto"][];
        };
        /** @description 领导驾驶舱: the plan’s items in the caller’s scope as of now, each count with the item list behind it */
        PlanCockpit: {
            /**
             * Format: date-time
             * @description when the counts were taken
             */
            asOf: string;
            /** @description items whose automatic escalation waits for a leader’s confirmation */
            awaitingConfirmation: {
                count: number;
                /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                query: {
                    /** @enum {string} */
                    escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    escalationProposed?: boolean;
                    /** @enum {string} */
                    light?: "green" | "yellow" | "red";
                    overdue?: boolean;
                    plan: string;
                    responsibleUnit?: string;
                    /** @enum {string} */
                    status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                };
            };
            /** @description the rungs of the ladder: 预警 → 通报 → 督办 → 约谈 → 问责 */
            byEscalation: {
                count: number;
                /** @enum {string} */
                level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                query: {
                    /** @enum {string} */
                    escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    escalationProposed?: boolean;
                    /** @enum {string} */
                    light?: "green" | "yellow" | "red";
                    overdue?: boolean;
                    plan: string;
                    responsibleUnit?: string;
                    /** @enum {string} */
                    status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                };
            }[];
            byLight: {
                count: number;
                /** @enum {string} */
                light: "green" | "yellow" | "red";
                /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                query: {
                    /** @enum {string} */
                    escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    escalationProposed?: boolean;
                    /** @enum {string} */
                    light?: "green" | "yellow" | "red";
                    overdue?: boolean;
                    plan: string;
                    responsibleUnit?: string;
                    /** @enum {string} */
                    status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                };
            }[];
            byStatus: {
                count: number;
                /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                query: {
                    /** @enum {string} */
                    escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    escalationProposed?: boolean;
                    /** @enum {string} */
                    light?: "green" | "yellow" | "red";
                    overdue?: boolean;
                    plan: string;
                    responsibleUnit?: string;
                    /** @enum {string} */
                    status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                };
                /** @enum {string} */
                status: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
            }[];
            /** @description overdue items (past their deadline, not closed) */
            overdue: {
                count: number;
                /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                query: {
                    /** @enum {string} */
                    escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    escalationProposed?: boolean;
                    /** @enum {string} */
                    light?: "green" | "yellow" | "red";
                    overdue?: boolean;
                    plan: string;
                    responsibleUnit?: string;
                    /** @enum {string} */
                    status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                };
            };
            planId: string;
            /** @description 月通报: the latest monthly bulletin (the last month over; stored, or computed on first request), its ranking restricted to the units responsible for items of this plan in the caller’s scope, in rank order */
            ranking: {
                /** Format: date-time */
                computedAt: string;
                /** Format: date-time */
                cutoff: string;
                /** @description the month of the bulletin, e.g. 2026-11 */
                period: string;
                units: {
                    /** @description 排名靠后: named in the bulletin */
                    bottom: boolean;
                    closedOnTime: number;
                    dueByCutoff: number;
                    escalations: {
                        accountability: number;
                        bulletin: number;
                        summons: number;
                        supervision: number;
                        warning: number;
                    };
                    items: number;
                    name: string;
                    /** @description null when nothing was due */
                    onTimeClosureRate: number | null;
                    overdue: number;
                    /** @description the unit’s items in this plan now (what the bulletin counts is as of its cut-off, over all plans) */
                    planItems: {
                        count: number;
                        /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                        query: {
                            /** @enum {string} */
                            escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            escalationProposed?: boolean;
                            /** @enum {string} */
                            light?: "green" | "yellow" | "red";
                            overdue?: boolean;
                            plan: string;
                            responsibleUnit?: string;
                            /** @enum {string} */
                            status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                        };
                    };
                    rank: number;
                    relapsed: number;
                    /** @description null when nothing was due */
                    reportingTimeliness: number | null;
                    reportsMade: number;
                    reportsMissed: number;
                    unitId: string;
                }[];
            };
            title: string;
            /** @description the plan’s items in the caller’s scope */
            total: {
                count: number;
                /** @description the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page) */
                query: {
                    /** @enum {string} */
                    escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    escalationProposed?: boolean;
                    /** @enum {string} */
                    light?: "green" | "yellow" | "red";
                    overdue?: boolean;
                    plan: string;
                    responsibleUnit?: string;
                    /** @enum {string} */
                    status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                };
            };
            /** @description the last 12 ISO weeks, oldest first, the current one last (to now): from the event log, as each event changed what its item counted as, at the time it happened (business time); the items in the caller’s scope by their units now */
            trend: {
                /** @constant */
                timezone: "Asia/Shanghai";
                weeks: {
                    /** @description closures (ItemClosed) from `from` to `to` */
                    closed: number;
                    /**
                     * Format: date-time
                     * @description Monday 00:00 +08:00
                     */
                    from: string;
                    /** @description items filed and not closed (or reopened) at `to` */
                    open: number;
                    /** @description items overdue at `to`: past their deadline, not extended, closed or reopened since */
                    overdue: number;
                    /** @description items whose traffic light was red at `to` */
                    red: number;
                    /**
                     * Format: date-time
                     * @description the next Monday 00:00 +08:00; now, for the current week
                     */
                    to: string;
                    /** @description ISO week, e.g. 2026-W49 */
                    week: string;
                }[];
            };
        };
        /** @description A page of plans ordered by id */
        PlanPage: {
            items: components["schemas"]["PlanSummary"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description A plan in the list of plans: what it is and how many items it holds */
        PlanSummary: {
            id: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description the items filed under the plan */
            itemCount: number;
            ownerUnitId: string;
            sourceInspection: string;
            title: string;
        };
        /** @description A plan (整改方案) with its resolved policy and its progress counts */
        PlanView: {
            /** @description the items of the plan: by status, by traffic light, overdue, relapses */
            counts: {
                byLight: {
                    green?: number;
                    red?: number;
                    yellow?: number;
                };
                byStatus: {
                    assigned?: number;
                    awaiting_verification?: number;
                    closed?: number;
                    consolidated?: number;
                    in_progress?: number;
                    in_public_notice?: number;
                };
                overdue: number;
                relapsed: number;
                total: number;
            };
            id: string;
            /** Format: date-time */
            issuedAt: string;
            ownerUnitId: string;
            policy: {
                /** @description overrides per item kind (immediate, time_bound, long_term) */
                byKind?: {
                    /** @description settings that replace the plan’s for items of this kind */
                    immediate?: {
                        /**
                         * @description from this level up, an automatic escalation waits for a leader
                         * @enum {string}
                         */
                        confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                        /**
                         * @description whether day durations count natural days (default) or working days
                         * @enum {string}
                         */
                        dayCount?: "natural" | "working";
                        /**
                         * @description before the deadline: due soon (预警 window); default P7D
                         * @example P7D
                         */
                        dueSoonBefore?: string;
                        /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                        escalation?: ({
                            /** @enum {string} */
                            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            /** @description reports missed in a row */
                            missedReports?: number;
                            /** @description a revisit found a relapse and the item is not closed again */
                            onRelapse?: boolean;
                            /** @description working days past the deadline */
                            overdueWorkingDays?: number;
                        } | unknown | unknown | {
                            /** @enum {unknown} */
                            onRelapse: true;
                        })[];
                        /**
                         * @description after a closure request: public notice (公示) for objections; absent: no notice
                         * @example P5D
                         */
                        publicNoticePeriod?: string;
                        /**
                         * @description how long before a report, a milestone or the deadline the unit is reminded
                         * @example P2D
                         */
                        remindBefore?: string;
                        /**
                         * @description overrides remindBefore for milestones and the deadline
                         * @example P7D
                         */
                        remindBeforeDeadline?: string;
                        /**
                         * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                         * @example P7D
                         */
                        reportEvery?: string;
                        /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                        requiredEvidenceKinds?: string[];
                        /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                        revisitAfter?: string[];
                    };
                    /** @description settings that replace the plan’s for items of this kind */
                    long_term?: {
                        /**
                         * @description from this level up, an automatic escalation waits for a leader
                         * @enum {string}
                         */
                        confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                        /**
                         * @description whether day durations count natural days (default) or working days
                         * @enum {string}
                         */
                        dayCount?: "natural" | "working";
                        /**
                         * @description before the deadline: due soon (预警 window); default P7D
                         * @example P7D
                         */
                        dueSoonBefore?: string;
                        /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                        escalation?: ({
                            /** @enum {string} */
                            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            /** @description reports missed in a row */
                            missedReports?: number;
                            /** @description a revisit found a relapse and the item is not closed again */
                            onRelapse?: boolean;
                            /** @description working days past the deadline */
                            overdueWorkingDays?: number;
                        } | unknown | unknown | {
                            /** @enum {unknown} */
                            onRelapse: true;
                        })[];
                        /**
                         * @description after a closure request: public notice (公示) for objections; absent: no notice
                         * @example P5D
                         */
                        publicNoticePeriod?: string;
                        /**
                         * @description how long before a report, a milestone or the deadline the unit is reminded
                         * @example P2D
                         */
                        remindBefore?: string;
                        /**
                         * @description overrides remindBefore for milestones and the deadline
                         * @example P7D
                         */
                        remindBeforeDeadline?: string;
                        /**
                         * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                         * @example P7D
                         */
                        reportEvery?: string;
                        /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                        requiredEvidenceKinds?: string[];
                        /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                        revisitAfter?: string[];
                    };
                    /** @description settings that replace the plan’s for items of this kind */
                    time_bound?: {
                        /**
                         * @description from this level up, an automatic escalation waits for a leader
                         * @enum {string}
                         */
                        confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                        /**
                         * @description whether day durations count natural days (default) or working days
                         * @enum {string}
                         */
                        dayCount?: "natural" | "working";
                        /**
                         * @description before the deadline: due soon (预警 window); default P7D
                         * @example P7D
                         */
                        dueSoonBefore?: string;
                        /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                        escalation?: ({
                            /** @enum {string} */
                            level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                            /** @description reports missed in a row */
                            missedReports?: number;
                            /** @description a revisit found a relapse and the item is not closed again */
                            onRelapse?: boolean;
                            /** @description working days past the deadline */
                            overdueWorkingDays?: number;
                        } | unknown | unknown | {
                            /** @enum {unknown} */
                            onRelapse: true;
                        })[];
                        /**
                         * @description after a closure request: public notice (公示) for objections; absent: no notice
                         * @example P5D
                         */
                        publicNoticePeriod?: string;
                        /**
                         * @description how long before a report, a milestone or the deadline the unit is reminded
                         * @example P2D
                         */
                        remindBefore?: string;
                        /**
                         * @description overrides remindBefore for milestones and the deadline
                         * @example P7D
                         */
                        remindBeforeDeadline?: string;
                        /**
                         * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                         * @example P7D
                         */
                        reportEvery?: string;
                        /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                        requiredEvidenceKinds?: string[];
                        /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                        revisitAfter?: string[];
                    };
                };
                /**
                 * @description from this level up, an automatic escalation waits for a leader
                 * @enum {string}
                 */
                confirmFrom?: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                /**
                 * @description whether day durations count natural days (default) or working days
                 * @enum {string}
                 */
                dayCount?: "natural" | "working";
                /**
                 * @description before the deadline: due soon (预警 window); default P7D
                 * @example P7D
                 */
                dueSoonBefore?: string;
                /** @description the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责) */
                escalation?: ({
                    /** @enum {string} */
                    level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
                    /** @description reports missed in a row */
                    missedReports?: number;
                    /** @description a revisit found a relapse and the item is not closed again */
                    onRelapse?: boolean;
                    /** @description working days past the deadline */
                    overdueWorkingDays?: number;
                } | unknown | unknown | {
                    /** @enum {unknown} */
                    onRelapse: true;
                })[];
                /**
                 * @description after a closure request: public notice (公示) for objections; absent: no notice
                 * @example P5D
                 */
                publicNoticePeriod?: string;
                /**
                 * @description how long before a report, a milestone or the deadline the unit is reminded
                 * @example P2D
                 */
                remindBefore?: string;
                /**
                 * @description overrides remindBefore for milestones and the deadline
                 * @example P7D
                 */
                remindBeforeDeadline?: string;
                /**
                 * @description how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence
                 * @example P7D
                 */
                reportEvery?: string;
                /** @description evidence kinds a closure request must include (photo, document, monitoring, …) */
                requiredEvidenceKinds?: string[];
                /** @description when each revisit (回头看) falls due after closure; default [P3M, P6M] */
                revisitAfter?: string[];
            };
            sourceInspection: string;
            title: string;
            version: number;
        };
        PrincipalDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin" | "integrator";
            unitIds: string[];
        };
        PrincipalPageDto: {
            items: components["schemas"]["PrincipalDto"][];
            nextCursor: string | null;
        };
        PrincipalWithKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description the API key: shown this once, stored only as a hash
             * @example cl_…
             */
            key: string;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "unit" | "supervisor" | "leader" | "admin" | "integrator";
            unitIds: string[];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            detail?: string;
            /** @description each invalid field (validation problems only) */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description the request path */
            instance?: string;
            status: number;
            title: string;
            /**
             * Format: uri-reference
             * @description a relative URI `/problems/<slug>`
             * @example /problems/validation
             */
            type: string;
        };
        ProgressReportDto: {
            evidence?: components["schemas"]["EvidenceDto"][] | null;
            /**
             * @description the quantitative indicator value now
             * @example 82.5
             */
            indicatorValue?: number | null;
            /** @description ids of milestones reached with this report */
            milestonesReached?: string[] | null;
            /** @example 已完成12处排口整治 */
            note?: string | null;
            /** @example 60 */
            percent: number;
        };
        PutChannelsDto: {
            /** @description the whole set, at most one per channel; replaces the current one */
            channels: components["schemas"]["ChannelPreferenceDto"][] & (unknown & unknown & unknown & unknown);
        };
        Readiness: {
            /** @constant */
            postgres: "ok";
            /** @constant */
            status: "ok";
            /** @constant */
            temporal: "ok";
        };
        ReassignmentDto: {
            /** @example 职责调整 */
            reason: string;
            /** @example hhht-water */
            responsibleUnitId: string;
        };
        /** @description The year's holidays and make-up working days. Beyond this schema: every date exists and lies in the year of the path, no date is listed twice, no holiday is also a make-up working day, every make-up working day is a Saturday or Sunday, and no name is blank (422 otherwise). */
        ReplaceCalendarDto: {
            /**
             * @description statutory holidays (法定节假日) of the year, the weekend days inside a holiday block included
             * @example [
             *       {
             *         "date": "2026-02-16",
             *         "name": "春节"
             *       }
             *     ]
             */
            holidays: components["schemas"]["CalendarDayDto"][];
            /**
             * @description make-up working days (调休上班): Saturdays and Sundays that are working days
             * @example [
             *       {
             *         "date": "2026-02-14",
             *         "name": "春节"
             *       }
             *     ]
             */
            workdays: components["schemas"]["CalendarDayDto"][];
        };
        ReplacedCalendarYearDto: {
            /** @description holidays in date order; other days follow the week (Mon–Fri work) */
            holidays: components["schemas"]["CalendarDayDto"][];
            /** @description the re-plan this change started, as far as it had come when the answer was given (it waits up to 5 s) */
            replan: components["schemas"]["CalendarReplanDto"];
            /**
             * @description open items whose timers were re-planned on the new calendar by the time of this answer (replan.replanned): all of them when replan.done; otherwise follow GET /v1/calendar/{year}/replan
             * @example 0
             */
            replannedItems: number;
            /** @description make-up working days in date order */
            workdays: components["schemas"]["CalendarDayDto"][];
            /** @example 2026 */
            year: number;
        };
        RevisitResultDto: {
            findings?: string | null;
            /**
             * Format: date
             * @description required when relapsed: the reopened item deadline
             */
            newDeadline?: string | null;
            /** @enum {string} */
            outcome: "consolidated" | "relapsed";
        };
        SessionDto: {
            /** @description send it as `X-CSRF-Token` with every POST, PUT, PATCH and DELETE made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description when the session ends unless used again (8 hours after its last use, 7 days after sign-in at the latest)
             */
            expiresAt: string;
            /** @description who is signed in */
            person: components["schemas"]["PersonDto"];
        };
        SignInDto: {
            /**
             * @description the login (any case; surrounding spaces are ignored)
             * @example bumen
             */
            login: string;
            /** @example correct horse battery */
            password: string;
        };
        SignInMethodsDto: {
            /**
             * @description sign-in with login and password (always offered)
             * @enum {boolean}
             */
            local: true;
            /** @description single sign-on (OIDC) when configured, else null */
            oidc: components["schemas"]["OidcSignInMethodDto"] | null;
        };
        UnitDto: {
            id: string;
            /** @enum {string} */
            kind: "department" | "district" | "discipline_body" | "plan_owner";
            name: string;
            parentId: string | null;
        };
        /** @description A page of units ordered by id */
        UnitPage: {
            items: components["schemas"]["UnitDto"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        UnitRefDto: {
            /** @example hhht-water */
            id: string;
            /** @example 呼和浩特市水务局 */
            name: string;
        };
        UnreadCountsDto: {
            /** @description one per item asked for, in the order asked (0 for none) */
            items: components["schemas"]["UnreadItemCountDto"][];
            /** @description all the caller's unread notifications (the inbox badge) */
            total: number;
        };
        UnreadItemCountDto: {
            /** Format: uuid */
            itemId: string;
            /** @description the caller's unread notifications about the item (reminders, warnings, escalations) */
            unread: number;
        };
        VerificationDto: {
            /** @description true accepts (closed and filed); false rejects (back to work) */
            accept: boolean;
            note?: string | null;
            /** @description required when rejecting */
            reasons?: string[] | null;
        };
        WebhookDeliveryDto: {
            /** @description failed attempts so far (counted afresh after a replay) */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /**
             * Format: uuid
             * @description the X-Closeloop-Delivery header: the same for every attempt and replay
             */
            id: string;
            /** Format: uuid */
            itemId: string;
            lastError: string | null;
            /**
             * Format: date-time
             * @description when the next attempt is due, while pending
             */
            nextAttemptAt: string | null;
            /** @description the body sent: { id, type, itemId, version, data, recordedAt } */
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            replayedAt: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed";
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        WebhookDto: {
            /** Format: date-time */
            createdAt: string;
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description the principal that owns it
             */
            principalId: string;
            url: string;
        };
        WebhookPageDto: {
            items: components["schemas"]["WebhookDto"][];
            nextCursor: string | null;
        };
    };
    responses: {
        /** @description The request is malformed or a field is invalid. Types: `/problems/validation`, `/problems/invalid-period`. */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/validation",
                 *       "title": "The request is invalid",
                 *       "status": 400,
                 *       "detail": "limit: limit must not be greater than 500",
                 *       "errors": [
                 *         {
                 *           "field": "limit",
                 *           "message": "limit must not be greater than 500"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key or session, an unknown or revoked key, or a session that has ended. Types: `/problems/unauthorized`, `/problems/sign-in-failed`. */
        Problem401: {
            headers: {
                /** @example Bearer */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "send Authorization: Bearer <api key>, or sign in"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller’s role may not do this (or a session cookie without its X-CSRF-Token). Types: `/problems/forbidden`, `/problems/csrf-refused`, the item decider’s `/problems/<code>`. */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "a unit may not do this"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found, or outside the caller’s scope. Types: `/problems/not-found`, `/problems/invitation-invalid`. */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state (or an Idempotency-Key still running; or a report period not over yet). Types: `/problems/unit-exists`, `/problems/plan-exists`, `/problems/already-filed`, `/problems/item-finished`, `/problems/login-taken`, `/problems/oidc-subject-taken`, `/problems/person-disabled`, `/problems/principal-revoked`, `/problems/delivery-in-flight`, `/problems/period-not-over`, `/problems/idempotency-key-in-progress`, `/problems/calendar-conflict`, the item decider’s `/problems/<code>`. */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unit-exists",
                 *       "title": "Unit exists",
                 *       "status": 409
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` does not match the current version. Types: `/problems/version-mismatch`, the item decider’s `/problems/<code>`. */
        Problem412: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/version-mismatch",
                 *       "title": "Command refused",
                 *       "status": 412
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the limit. Types: `/problems/payload-too-large`. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body’s media type is not one the operation takes. Types: `/problems/unsupported-media-type`. */
        Problem415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Refused by the rules, or an Idempotency-Key reused with another body. Types: `/problems/unknown-unit`, `/problems/no-such-period`, `/problems/unknown-plan`, `/problems/scope-required`, `/problems/unreadable-sheet`, `/problems/invalid-rows`, `/problems/invalid-calendar`, `/problems/weak-password`, `/problems/idempotency-key-reused`, the item decider’s `/problems/<code>`. */
        Problem422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unknown-unit",
                 *       "title": "Unknown unit",
                 *       "status": 422
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Over the rate limit: retry after `Retry-After` seconds. Types: `/problems/too-many-requests`, `/problems/sign-in-throttled`. */
        Problem429: {
            headers: {
                /** @description seconds to wait */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/too-many-requests",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "more than 600 requests a minute; retry after 1 s"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description PostgreSQL or Temporal unreachable. Types: `/problems/not-ready`. */
        Problem503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-ready",
                 *       "title": "Service unavailable",
                 *       "status": 503
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Temporal both answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the holidays and make-up working days of the year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    replaceCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCalendarDto"];
            };
        };
        responses: {
            /** @description the year as stored, and the re-plan of the open items it started */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplacedCalendarYearDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getCalendarReplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the progress of the re-plan after the year's last change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarReplanDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    listInbox: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
                /** @description only notifications not yet read */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller's notifications, newest first, each with its deliveries per channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the notification, read (the first read time is kept) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxEntryDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description no such notification among the caller’s own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: {
                /** @description item ids separated by commas (up to 100: the items of a page of a list), e.g. `items=<id>,<id>` */
                items?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller's unread notifications: in all, and about each item asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description whom the link invites; 404 `/problems/invitation-invalid` when unknown, used or expired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationInfoDto"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description the password is set, the link used up, the person signed in (`Set-Cookie` as `signIn`) and signed out everywhere else; 422 `/problems/weak-password` names `password` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                /** @description 待审核: items whose extension request, closure request (after any public notice) or due revisit waits for the supervising unit; `any`: any of these. Each item shows what and since when in `awaiting` */
                awaiting?: "extension" | "closure" | "revisit" | "any";
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                /** @description deadline strictly after */
                dueAfter?: string;
                /** @description deadline strictly before */
                dueBefore?: string;
                /** @description the escalation level reached (预警 → 问责); `none`: not escalated */
                escalation?: "warning" | "bulletin" | "supervision" | "summons" | "accountability" | "none";
                /** @description whether an automatic escalation waits for a leader’s confirmation */
                escalationProposed?: boolean;
                light?: "green" | "yellow" | "red";
                limit?: number;
                overdue?: boolean;
                /** @description plan code */
                plan?: string;
                /** @description text in the code, title, finding or target (case-insensitive, taken literally) */
                q?: string;
                /** @description responsible unit id (责任单位): the items a department works on */
                responsibleUnit?: string;
                /** @description `filed`: filing order; `waiting`: oldest waiting first, by `awaiting.since`, listing only items that wait (without `awaiting`, as `awaiting=any`). A cursor continues the order it came from */
                sort?: "filed" | "waiting";
                status?: "assigned" | "in_progress" | "in_public_notice" | "awaiting_verification" | "closed" | "consolidated";
                /** @description supervising unit id (督导单位): the items a supervising unit verifies */
                supervisingUnit?: string;
                /** @description responsible or supervising unit id */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of items in the order asked for (filing order by default), filtered; only items in the caller scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    fileItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateItemDto"];
            };
        };
        responses: {
            /** @description the filed item, with its stream version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the item as stored by its projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    acknowledgeItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDto"];
            };
        };
        responses: {
            /** @description the responsible unit accepts the assignment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    requestClosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosureRequestDto"];
            };
        };
        responses: {
            /** @description awaiting verification, or in public notice when the policy has one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    escalateItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationDto"];
            };
        };
        responses: {
            /** @description a leader raises the item to a level by hand, with a reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    confirmEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
                level: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a leader confirms an automatic escalation that awaits confirmation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    previewEscalation: {
        parameters: {
            query: {
                /** @description the level the leader is about to raise the item to */
                level: "warning" | "bulletin" | "supervision" | "summons" | "accountability";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the escalation would be accepted, and would issue this document (if any) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPreviewDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
        };
    };
    listItemEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the item's event log in stream order: the audit trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEventLogDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionRequestDto"];
            };
        };
        responses: {
            /** @description the request is in pendingExtension until the supervising unit decides */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    decideExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDecisionDto"];
            };
        };
        responses: {
            /** @description approved: the deadline moves, the original stays recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    answerObjection: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionAnswerDto"];
            };
        };
        responses: {
            /** @description the responsible unit’s answer, recorded beside the objection it answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    objectToClosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            /** @description an objection during public notice sends the item back to work */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    reportProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressReportDto"];
            };
        };
        responses: {
            /** @description percent, indicator value, note, evidence, milestones reached */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    reassignItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignmentDto"];
            };
        };
        responses: {
            /** @description a new responsible unit, which must acknowledge; it must lie in the caller's scope (422 unknown-unit otherwise, as when filing) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    recordRevisitResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
                revisitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisitResultDto"];
            };
        };
        responses: {
            /** @description consolidated, or relapsed: reopened with a new deadline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    verifyItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key and body return the first result */
                "Idempotency-Key"?: string;
                /** @description the item version you last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationDto"];
            };
        };
        responses: {
            /** @description accepted: closed and filed, revisits scheduled; rejected: back to work */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getMyChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the channels notifications go out on besides the inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    replaceMyChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutChannelsDto"];
            };
        };
        responses: {
            /** @description the new set; notifications already written keep their deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of people ordered by id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            /** @description the person, and the invitation link shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonWithInvitationDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an admin sees anyone, a person only themself (404 for the others) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    disablePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description disabled: every session of theirs ends at once and they cannot sign in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    enablePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description they may sign in again (with their password, or a new invitation) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    invitePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a new one-time link, shown this once; the earlier links stop working */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of plans ordered by id: an admin's all, a leader's those its units own (as GET /v1/plans/{id}) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    issuePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            /** @description the issued plan with its (resolved) policy */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan with its progress counts (by status, traffic light, overdue, relapses) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    getPlanCockpit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan’s counts, ranking and trend, as of now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanCockpit"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    importPlanItems: {
        parameters: {
            query?: {
                /** @description validate every row and report errors, writing nothing */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description the rows filed; with dryRun, the check of every row (nothing written) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"] | components["schemas"]["ImportCheck"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getPlanLedger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan's ledger (台账): the items in the caller's scope, by Accept as JSON (default), CSV or XLSX; 404 when the caller's scope covers neither the plan's owner unit nor any of its items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ledger"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    listPrincipals: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of principals ordered by id (never their keys) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalPageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    createPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrincipalDto"];
            };
        };
        responses: {
            /** @description the principal with its API key, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalWithKeyDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an admin sees any principal, anyone else only itself (404 for the others) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    revokePrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked: its key stops working at once (revoking again keeps the first time) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    rotatePrincipalKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a new key, shown this once; the old one stops working at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalWithKeyDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getMonthlyBulletin: {
        parameters: {
            query: {
                /** @description overrides the Accept header */
                format?: "json" | "xlsx";
                /** @description month in Asia/Shanghai */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description units ranked by on-time closure and reporting timeliness, with the bottom units named (排名靠后); a leader sees the units in its scope, each with its rank in the whole bulletin */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getWeeklyDispatch: {
        parameters: {
            query: {
                /** @description overrides the Accept header */
                format?: "json" | "xlsx";
                /** @description ISO week in Asia/Shanghai (Monday 00:00 to Monday 00:00 +08:00); week 53 only in a year that has one (422 otherwise) */
                week: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per responsible unit: items open, due this week, overdue, reported and not reported, reports missed; a leader sees the units in its scope, with totals over those */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the person signed in with this cookie, the CSRF token, and when the session ends */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description signed in: `Set-Cookie: closeloop_session=…; HttpOnly; SameSite=Lax; Path=/` (and `Secure` over https). 401 `/problems/sign-in-failed` for any failure; 429 `/problems/sign-in-throttled` after 5 failures of a login (15 min) or 50 from an address in an hour */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description this session has ended and the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getSignInMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description login and password always; single sign-on (OIDC) when configured */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethodsDto"];
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to the provider (authorization code + PKCE S256, state, nonce), with the state cookie; to /sign-in?error=oidc-unavailable when the provider cannot be reached */
            302: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    finishOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to / with the session cookie; to /sign-in?error=oidc-refused (refused, cancelled, bad state), /sign-in?error=unknown-person (the subject is linked to no enabled person) or /sign-in?error=oidc-unavailable */
            302: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every session of the person has ended (on every device), and this cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    listUnits: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of units ordered by id: the organisation is public to every caller (its names label items, timelines and reports) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller’s subscriptions (an admin’s: all), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description the subscription; with the generated secret when none was given (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description no such subscription among the caller’s own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["Problem429"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ended: no new deliveries; pending ones are not sent */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description no such subscription among the caller’s own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it) */
                cursor?: string;
                limit?: number;
                status?: "pending" | "sending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the delivery log, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description no such subscription among the caller’s own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["Problem429"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description queued again: the same payload and delivery id, attempts counted afresh */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            /** @description no such subscription or delivery */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
}
