window.LIBRO_BUSQUEDA.recibir("s-ll",["cachanill","desarroll","sell","vall"]);
