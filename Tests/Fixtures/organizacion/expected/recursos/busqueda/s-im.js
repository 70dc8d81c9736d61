window.LIBRO_BUSQUEDA.recibir("s-im",["imprim","minim","optim"]);
