import 'reflect-metadata';
import { runApp } from '@switchboard/runtime';
import { realtimeApp } from './realtime.app';

void runApp(realtimeApp);
