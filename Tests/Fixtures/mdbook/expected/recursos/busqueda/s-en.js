window.LIBRO_BUSQUEDA.recibir("s-en",["esten","pequen"]);
