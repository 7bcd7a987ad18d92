// Imported before anything else by CLIs that read chinese-days: the offices keep Asia/Shanghai time anyway.
process.env.TZ = 'Asia/Shanghai';
