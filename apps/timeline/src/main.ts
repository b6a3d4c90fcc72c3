import 'reflect-metadata';
import { runApp } from '@switchboard/runtime';
import { timelineApp } from './timeline.app';

void runApp(timelineApp);
