import type { Database } from '@closeloop/db';
import { listChannels, replaceChannels } from '@closeloop/notifications';
import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { API_CONFIG, type ApiConfig, DB } from '../common/tokens';
import { OutboundUrls } from '../common/validation/outbound-url';
import { ChannelsDto, PutChannelsDto } from './channels.dto';

/** The caller's own settings: where its notifications go besides the inbox. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  private readonly outbound: OutboundUrls;

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.outbound = new OutboundUrls(config.outboundAllow);
  }

  @ApiOperation({ operationId: 'getMyChannels', summary: "The caller's notification channels" })
  @Get('channels')
  @ApiOkResponse({ type: ChannelsDto, description: 'the channels notifications go out on besides the inbox' })
  async channels(@CurrentCaller() { principal }: Caller): Promise<ChannelsDto> {
    return { channels: await listChannels(this.db, principal.id) };
  }

  @ApiOperation({ operationId: 'replaceMyChannels', summary: "Replace the caller's notification channels" })
  @Put('channels')
  @ApiOkResponse({ type: ChannelsDto, description: 'the new set; notifications already written keep their deliveries' })
  async replace(@Body() body: PutChannelsDto, @CurrentCaller() { principal }: Caller): Promise<ChannelsDto> {
    // Every channel but email is a URL the worker POSTs to.
    await this.outbound.assert(
      body.channels.flatMap((c, i) => (c.channel === 'email' ? [] : [{ field: `channels.${i}.address`, url: c.address }])),
    );
    return {
      channels: await replaceChannels(
        this.db,
        principal.id,
        body.channels.map((c) => ({ channel: c.channel, address: c.address, secret: c.secret, enabled: c.enabled })),
      ),
    };
  }
}
