import 'reflect-metadata';
import { runApp } from '@switchboard/runtime';
import { platformApp } from './platform.app';

void runApp(platformApp);
