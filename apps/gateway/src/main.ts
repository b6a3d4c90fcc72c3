import 'reflect-metadata';
import { runApp } from '@switchboard/runtime';
import { gatewayApp } from './gateway.app';

void runApp(gatewayApp);
