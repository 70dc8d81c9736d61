window.LIBRO_BUSQUEDA.recibir("t-ar",{"archiv":[3,[43,1,87,1,1,1,1,1,1,1,2,1]],"arma":[3,[6,1,8,1,28,1,39,1,7,1,29,1]]});
