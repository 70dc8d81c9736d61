window.LIBRO_BUSQUEDA.recibir("t-fi",{"fich":[1,[38,1,64,1]],"financier":[1,[38,1,63,1]]});
