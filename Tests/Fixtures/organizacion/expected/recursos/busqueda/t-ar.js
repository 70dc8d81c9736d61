window.LIBRO_BUSQUEDA.recibir("t-ar",{"archiv":[3,[43,1,87,1,44,1,88,1,45,1,90,1]],"arma":[3,[6,1,8,1,34,1,47,1,41,1,76,1]]});
